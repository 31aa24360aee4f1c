#pragma once
// The text archive project files are read with: Boost's text_iarchive,
// except that no size read from the file is trusted before it is checked
// against what the rest of the payload can hold (issue 12). Boost 1.74
// sizes a string or a list from its stored count before reading a byte of
// it: a 119-byte mailed file claiming 35,000,000 communities built them
// all (5.7 GB) before failing. Here:
//   * a string longer than the bytes left is refused before allocating;
//   * a list's count is checked the same way, and its items are read one at
//     a time, so memory grows with the data actually read, never with the
//     count (load() below, found by argument-dependent lookup);
// Same format as text_iarchive: every file it wrote reads, and vice versa.
// Throws ArchiveContentError (Kind::BadValue) naming the impossible size.
#include <istream>
#include <map>
#include <utility>
#include <string>
#include <vector>

#include <boost/archive/text_iarchive.hpp>
#include <boost/serialization/collection_size_type.hpp>
#include <boost/serialization/item_version_type.hpp>
#include <boost/serialization/nvp.hpp>

namespace readiness {

class BoundedTextIArchive : public boost::archive::text_iarchive_impl<BoundedTextIArchive> {
 public:
  explicit BoundedTextIArchive(std::istream& in);
  ~BoundedTextIArchive() override = default;

  // Bytes of payload not yet read.
  std::size_t remaining() const;
  // Throws unless `count` items (each at least one byte) can still follow.
  void check_count(std::size_t count, const char* what) const;

 protected:
  friend class boost::archive::detail::interface_iarchive<BoundedTextIArchive>;
  friend class boost::archive::load_access;
  friend class boost::archive::text_iarchive_impl<BoundedTextIArchive>;
  friend class boost::archive::basic_text_iarchive<BoundedTextIArchive>;

  using boost::archive::text_iarchive_impl<BoundedTextIArchive>::load;
  void load(std::string& s);
};

// A std::vector read from a BoundedTextIArchive: the count is checked, then
// each item is appended as it is read (no reserve from the stored count).
// The layout is boost/serialization/vector.hpp's: count, item version, items.
template <class T, class Allocator>
void load(BoundedTextIArchive& ar, std::vector<T, Allocator>& list, const unsigned int /*version*/) {
  boost::serialization::collection_size_type count;
  ar >> boost::serialization::make_nvp("count", count);
  const std::size_t items = std::as_const(count);
  ar.check_count(items, "a list");
  boost::serialization::item_version_type item_version(0);
  if (boost::archive::library_version_type(3) < ar.get_library_version())
    ar >> boost::serialization::make_nvp("item_version", item_version);
  list.clear();
  for (std::size_t i = 0; i < items; ++i) {
    list.emplace_back();
    ar >> boost::serialization::make_nvp("item", list.back());
  }
}

// A std::map read from a BoundedTextIArchive, the same way: the count is
// checked, then each (key, value) item is inserted as it is read.
template <class Key, class Value, class Compare, class Allocator>
void load(BoundedTextIArchive& ar, std::map<Key, Value, Compare, Allocator>& map, const unsigned int /*version*/) {
  boost::serialization::collection_size_type count;
  ar >> boost::serialization::make_nvp("count", count);
  const std::size_t items = std::as_const(count);
  ar.check_count(items, "a table");
  boost::serialization::item_version_type item_version(0);
  if (boost::archive::library_version_type(3) < ar.get_library_version())
    ar >> boost::serialization::make_nvp("item_version", item_version);
  map.clear();
  auto hint = map.begin();
  for (std::size_t i = 0; i < items; ++i) {
    std::pair<Key, Value> item;
    ar >> boost::serialization::make_nvp("item", item);
    hint = map.insert(hint, std::move(item));
    ++hint;
  }
}

}  // namespace readiness

BOOST_SERIALIZATION_REGISTER_ARCHIVE(readiness::BoundedTextIArchive)
