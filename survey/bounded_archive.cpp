#include "bounded_archive.h"

#include <boost/archive/detail/archive_serializer_map.hpp>
#include <boost/archive/impl/archive_serializer_map.ipp>
#include <boost/archive/impl/basic_text_iarchive.ipp>
#include <boost/archive/impl/text_iarchive_impl.ipp>

#include "serialize_model.h"
#include "translation.h"

namespace readiness {

BoundedTextIArchive::BoundedTextIArchive(std::istream& in)
    : boost::archive::text_iarchive_impl<BoundedTextIArchive>(in, 0) {
  init();  // reads and checks the archive's own signature and version
}

std::size_t BoundedTextIArchive::remaining() const {
  const std::streamsize left = is.rdbuf()->in_avail();
  return left > 0 ? static_cast<std::size_t>(left) : 0;
}

namespace {

// `what` as bounded_archive.h names it ("a list", "a table"), in the
// reader's language.
std::string collection_name(const char* what) {
  return std::string(what) == "a table" ? translated("a table") : translated("a list");
}

}  // namespace

void BoundedTextIArchive::check_count(std::size_t count, const char* what) const {
  if (count > remaining())
    throw ArchiveContentError(
        ArchiveContentError::Kind::BadValue,
        format(translated("the content ends early: %s announces %s items, only %s bytes follow"),
               {collection_name(what), std::to_string(count), std::to_string(remaining())}));
}

void BoundedTextIArchive::load(std::string& s) {
  std::size_t size = 0;
  *this->This() >> size;
  is.get();  // the separating space
  if (size > remaining())
    throw ArchiveContentError(ArchiveContentError::Kind::BadValue,
                              format(translated("the content ends early: a text announces %s bytes, only %s follow"),
                                     {std::to_string(size), std::to_string(remaining())}));
  s.resize(size);
  if (size > 0) is.read(&s[0], static_cast<std::streamsize>(size));
}

}  // namespace readiness

// The archive's machinery, instantiated for this archive type (Boost's
// "derivation from an existing archive").
template class boost::archive::detail::archive_serializer_map<readiness::BoundedTextIArchive>;
template class boost::archive::basic_text_iarchive<readiness::BoundedTextIArchive>;
template class boost::archive::text_iarchive_impl<readiness::BoundedTextIArchive>;
