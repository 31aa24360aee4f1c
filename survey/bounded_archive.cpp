#include "bounded_archive.h"

#include <boost/archive/detail/archive_serializer_map.hpp>
#include <boost/archive/impl/archive_serializer_map.ipp>
#include <boost/archive/impl/basic_text_iarchive.ipp>
#include <boost/archive/impl/text_iarchive_impl.ipp>

#include "serialize_model.h"

namespace readiness {

BoundedTextIArchive::BoundedTextIArchive(std::istream& in)
    : boost::archive::text_iarchive_impl<BoundedTextIArchive>(in, 0) {
  init();  // reads and checks the archive's own signature and version
}

std::size_t BoundedTextIArchive::remaining() const {
  const std::streamsize left = is.rdbuf()->in_avail();
  return left > 0 ? static_cast<std::size_t>(left) : 0;
}

void BoundedTextIArchive::check_count(std::size_t count, const char* what) const {
  if (count > remaining())
    throw ArchiveContentError(ArchiveContentError::Kind::BadValue,
                              "the content ends early: " + std::string(what) + " announces " + std::to_string(count) +
                                  " items, only " + std::to_string(remaining()) + " bytes follow");
}

void BoundedTextIArchive::load(std::string& s) {
  std::size_t size = 0;
  *this->This() >> size;
  is.get();  // the separating space
  if (size > remaining())
    throw ArchiveContentError(ArchiveContentError::Kind::BadValue,
                              "the content ends early: a text announces " + std::to_string(size) + " bytes, only " +
                                  std::to_string(remaining()) + " follow");
  s.resize(size);
  if (size > 0) is.read(&s[0], static_cast<std::streamsize>(size));
}

}  // namespace readiness

// The archive's machinery, instantiated for this archive type (Boost's
// "derivation from an existing archive").
template class boost::archive::detail::archive_serializer_map<readiness::BoundedTextIArchive>;
template class boost::archive::basic_text_iarchive<readiness::BoundedTextIArchive>;
template class boost::archive::text_iarchive_impl<readiness::BoundedTextIArchive>;
