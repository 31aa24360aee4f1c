// Packing and bounded unpacking of a format-4 payload (project_file_payload.h).
#include "project_file_payload.h"

#include <algorithm>
#include <utility>

#include <zlib.h>

#include "translation.h"

namespace readiness {

namespace {

// zlib counts in uInt (32 bits everywhere): larger inputs go in pieces.
constexpr std::size_t kInputPiece = std::size_t{1} << 30;
constexpr std::size_t kChunk = std::size_t{1} << 18;  // 256 KiB of output at a time

void feed(z_stream& stream, const char*& next, std::size_t& left) {
  if (stream.avail_in != 0 || left == 0) return;
  const std::size_t piece = std::min(left, kInputPiece);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(next));
  stream.avail_in = static_cast<uInt>(piece);
  next += piece;
  left -= piece;
}

std::string deflated(const std::string& text) {
  z_stream stream{};
  if (deflateInit(&stream, Z_DEFAULT_COMPRESSION) != Z_OK) throw std::runtime_error("zlib: deflateInit failed");
  std::string out;
  const char* next = text.data();
  std::size_t left = text.size();
  char chunk[1 << 16];
  int result = Z_OK;
  do {
    feed(stream, next, left);
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    result = deflate(&stream, left == 0 ? Z_FINISH : Z_NO_FLUSH);
    if (result == Z_STREAM_ERROR) {
      deflateEnd(&stream);
      throw std::runtime_error("zlib: deflate failed");
    }
    out.append(chunk, sizeof chunk - stream.avail_out);
  } while (result != Z_STREAM_END);
  deflateEnd(&stream);
  return out;
}

std::string number(std::uint64_t value) { return std::to_string(value); }

}  // namespace

PackedPayload pack_payload(std::string text) {
  PackedPayload result;
  result.unpacked_size = text.size();
  if (text.size() <= kMaxUnpackedBytes) {
    std::string packed = deflated(text);
    if (static_cast<std::uint64_t>(text.size()) <= kMaxUnpackRatio * packed.size()) {
      result.bytes = std::move(packed);
      result.packed = true;
      return result;
    }
  }
  result.bytes = std::move(text);
  return result;
}

void check_unpack_limits(std::uint64_t packed, std::uint64_t unpacked) {
  if (unpacked > kMaxUnpackedBytes)
    throw UnpackError(format(translated("the content says it unpacks to %s bytes; Readiness opens at most %s"),
                             {number(unpacked), number(kMaxUnpackedBytes)}));
  if (unpacked > kMaxUnpackRatio * packed)
    throw UnpackError(format(translated("the content says it unpacks to %s bytes from %s, more than %s times its "
                                        "packed size; Readiness never writes such a file"),
                             {number(unpacked), number(packed), number(kMaxUnpackRatio)}));
}

std::vector<char> unpack_payload(const char* data, std::size_t size, std::uint64_t unpacked) {
  check_unpack_limits(size, unpacked);
  const std::size_t limit = static_cast<std::size_t>(unpacked);
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) throw UnpackError(translated("the content cannot be unpacked (out of memory)"));
  struct End {
    z_stream& s;
    ~End() { inflateEnd(&s); }
  } end{stream};

  std::vector<char> out;
  const char* next = data;
  std::size_t left = size;
  std::vector<char> chunk(kChunk);
  int result = Z_OK;
  while (result != Z_STREAM_END) {
    feed(stream, next, left);
    stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
    stream.avail_out = static_cast<uInt>(chunk.size());
    result = inflate(&stream, Z_NO_FLUSH);
    if (result == Z_NEED_DICT || result == Z_DATA_ERROR || result == Z_STREAM_ERROR)
      throw UnpackError(format(translated("the packed content is damaged (%s)"),
                               {stream.msg != nullptr ? stream.msg : "zlib"}));
    if (result == Z_MEM_ERROR) throw UnpackError(translated("the content cannot be unpacked (out of memory)"));
    const std::size_t got = chunk.size() - stream.avail_out;
    if (got > limit - out.size())
      throw UnpackError(format(translated("the content unpacks to more than the %s bytes its header announces"),
                               {number(unpacked)}));
    if (out.size() + got > out.capacity())  // grow with what was unpacked, never past the stated size
      out.reserve(std::min(limit, std::max(out.capacity() * 2, out.size() + std::max(got, kChunk))));
    out.insert(out.end(), chunk.data(), chunk.data() + got);
    if (result == Z_BUF_ERROR || (got == 0 && stream.avail_in == 0 && left == 0 && result != Z_STREAM_END))
      throw UnpackError(translated("the packed content ends early"));
  }
  if (stream.avail_in != 0 || left != 0)
    throw UnpackError(translated("the packed content is damaged (bytes after its end)"));
  if (out.size() != limit)
    throw UnpackError(format(translated("the content unpacks to %s bytes; its header announces %s"),
                             {number(out.size()), number(unpacked)}));
  return out;
}

}  // namespace readiness
