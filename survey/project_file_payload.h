#pragma once
// The packed payload of a format-4 project file (project_file.h): the Boost
// text archive deflated with zlib (RFC 1950: deflate with an Adler-32 of
// the unpacked text), or, when packing it would break the reader's limits
// below, the text archive as it is.
//
// Unpacking is bounded (issue 12, item 1): the header states the unpacked
// size, which must be at most kMaxUnpackRatio times the packed size and at
// most kMaxUnpackedBytes before a byte is inflated; the text is inflated in
// chunks into a buffer that grows with what was actually unpacked and never
// past the stated size. A crafted file (a "decompression bomb") can thus
// make the reader hold at most its own bytes plus 1.5 × kMaxUnpackRatio
// times them (the last growth step keeps the old buffer while copying):
// 49 times the file, before the project itself is built (bounded_archive.h
// keeps that to what the text holds).
// The writer never writes a file the reader would refuse: a project that
// packs better than the ratio, or whose text is larger than the absolute
// cap, is stored unpacked.
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace readiness {

// The most a packed payload may unpack to, per packed byte. Deflate reaches
// about 1,030:1 on repeated bytes; projects pack far less (the golden file
// of format 4 about 16:1, the national bench project, the same reason in
// all 139,200 cells, 17.6:1; free-text answers 3–4:1). A project that would
// pack better is saved unpacked, so the cap costs file size, never a file.
constexpr std::uint64_t kMaxUnpackRatio = 32;
// The most any packed payload may unpack to: 2 GiB, over 30 times a
// county-scale project (58 MB of text, bench_project_file).
constexpr std::uint64_t kMaxUnpackedBytes = std::uint64_t{1} << 31;

// A payload ready to be written: `bytes` follow the header; `packed` tells
// whether they are deflated, `unpacked_size` is the text archive's size.
struct PackedPayload {
  std::string bytes;
  bool packed = false;
  std::uint64_t unpacked_size = 0;
};

// Deflates `text` (zlib's default level) unless the result would unpack to
// more than kMaxUnpackRatio times its size or `text` is over
// kMaxUnpackedBytes; then `text` is returned unpacked. Throws
// std::runtime_error only when zlib itself fails (out of memory).
PackedPayload pack_payload(std::string text);

// The reasons unpacking refuses a payload; the message names sizes, not the
// file (the caller adds it).
class UnpackError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Whether `unpacked` bytes from `packed` packed ones are within the limits
// above; throws UnpackError saying which limit, before anything is read.
void check_unpack_limits(std::uint64_t packed, std::uint64_t unpacked);

// Inflates the `size` bytes at `data` (a zlib stream) that the header says
// unpack to `unpacked` bytes: check_unpack_limits first, then chunk by
// chunk. Throws UnpackError when the stream is damaged, ends early, has
// bytes after its end, or unpacks to more or fewer bytes than `unpacked`.
std::vector<char> unpack_payload(const char* data, std::size_t size, std::uint64_t unpacked);

}  // namespace readiness
