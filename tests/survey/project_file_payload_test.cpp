// Format 4's packed payload (project_file_payload.h): packing, the bounded
// unpacking of crafted files ("decompression bombs"), the migration of the
// older formats and the golden file of format 4. Streams are made with
// zlib itself, the independent oracle; the reader under test never makes
// its own test data.
#include <catch2/catch.hpp>
#include <zlib.h>

#include <boost/crc.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "project_file.h"
#include "project_file_payload.h"
#include "survey/archive_text.h"
#include "survey/sample_project.h"
#include "test_platform.h"

using namespace readiness;
namespace fs = std::filesystem;
using Kind = ProjectFileError::Kind;

namespace {

class Folder {
 public:
  Folder() : m_path(test_platform::make_temp_dir("readiness-payload-")) {}
  ~Folder() {
    std::error_code ec;
    fs::remove_all(m_path, ec);
  }
  std::string file(const std::string& name) const { return (m_path / name).string(); }

 private:
  fs::path m_path;
};

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void put(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::string crc_hex(const std::string& payload) {
  boost::crc_32_type crc;
  crc.process_bytes(payload.data(), payload.size());
  char text[9];
  std::snprintf(text, sizeof text, "%08x", static_cast<unsigned>(crc.checksum()));
  return text;
}

// A format-4 file around `stored` whose header says "content zlib <unpacked>".
std::string packed_file(const std::string& stored, std::uint64_t unpacked) {
  return "READINESS-PROJECT\nformat 4\nlength " + std::to_string(stored.size()) + "\ncrc32 " + crc_hex(stored) +
         "\ncontent zlib " + std::to_string(unpacked) + "\n\n" + stored;
}

// zlib's own stream of `text`.
std::string zlib_of(const std::string& text) {
  uLongf size = compressBound(static_cast<uLong>(text.size()));
  std::string out(size, '\0');
  REQUIRE(compress(reinterpret_cast<Bytef*>(&out[0]), &size, reinterpret_cast<const Bytef*>(text.data()),
                   static_cast<uLong>(text.size())) == Z_OK);
  out.resize(size);
  return out;
}

// A zlib stream of `bytes` zero bytes, made from one 64 KiB buffer: the
// test never holds the unpacked bomb itself (that would hide the reader's
// peak memory behind its own).
std::string zero_bomb(std::size_t bytes) {
  z_stream stream{};
  REQUIRE(deflateInit(&stream, Z_BEST_COMPRESSION) == Z_OK);
  std::vector<unsigned char> zeros(1 << 16, 0), chunk(1 << 16);
  std::string out;
  std::size_t left = bytes;
  int result = Z_OK;
  do {
    if (stream.avail_in == 0 && left > 0) {
      const std::size_t piece = std::min(left, zeros.size());
      stream.next_in = zeros.data();
      stream.avail_in = static_cast<uInt>(piece);
      left -= piece;
    }
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    result = deflate(&stream, left == 0 ? Z_FINISH : Z_NO_FLUSH);
    out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size() - stream.avail_out);
  } while (result != Z_STREAM_END);
  deflateEnd(&stream);
  return out;
}

std::string refusal(const std::string& path) {
  try {
    load_project(path);
  } catch (const ProjectFileError& e) {
    CHECK(e.kind() == Kind::Corrupted);
    CHECK_THAT(std::string(e.what()), Catch::Contains(path));
    return e.what();
  }
  FAIL("the crafted file " << path << " was accepted");
  return {};
}

std::string header_of(const std::string& file) { return file.substr(0, file.find("\n\n") + 1); }


std::string data_file(const std::string& name) { return std::string(READINESS_TEST_DATA) + "/" + name; }

}  // namespace

TEST_CASE("a payload is packed when it unpacks within the ratio, kept as text when it would not",
          "[file][payload]") {
  std::string text;
  for (int i = 0; text.size() < 200000; ++i) text += "Svar " + std::to_string(i) + " från intervjun. ";
  const PackedPayload packed = pack_payload(text);
  CHECK(packed.packed);
  CHECK(packed.unpacked_size == text.size());
  CHECK(packed.bytes.size() * 4 < text.size());
  CHECK(unpack_payload(packed.bytes.data(), packed.bytes.size(), text.size()) ==
        std::vector<char>(text.begin(), text.end()));
  // One byte repeated packs about 1000:1, past kMaxUnpackRatio: the writer
  // must not write what its reader would refuse.
  const std::string same(1000000, 'x');
  const PackedPayload kept = pack_payload(same);
  CHECK_FALSE(kept.packed);
  CHECK(kept.bytes == same);
  CHECK(zlib_of(same).size() * kMaxUnpackRatio < same.size());
}

TEST_CASE("a project that packs past the ratio is saved as text and loads", "[file][payload]") {
  Folder dir;
  Project project = testing::make_sample_project();
  project.rounds[0].interviews[0].answers["q1"] = std::string(4000000, 'a');
  const std::string path = dir.file("same.readiness");
  save_project(project, path);
  const std::string bytes = bytes_of(path);
  CHECK(header_of(bytes).find("\ncontent text\n") != std::string::npos);
  CHECK(load_project(path).rounds[0].interviews[0].answers.at("q1") == project.rounds[0].interviews[0].answers.at("q1"));
}

TEST_CASE("a decompression bomb past the ratio is refused before a byte is unpacked", "[file][payload][bounded]") {
  Folder dir;
  const std::size_t unpacked = std::size_t{256} << 20;  // 256 MiB of zeros, packed about 1000:1
  const std::string bomb = zero_bomb(unpacked);
  const std::string path = dir.file("bomb.readiness");
  put(path, packed_file(bomb, unpacked));
  const long before = test_platform::peak_memory_kilobytes();
  const std::string message = refusal(path);
  CHECK_THAT(message, Catch::Contains("unpacks to " + std::to_string(unpacked) + " bytes from " +
                                      std::to_string(bomb.size())) &&
                          Catch::Contains(std::to_string(kMaxUnpackRatio) + " times"));
  CHECK(test_platform::peak_memory_kilobytes() - before < 16 * 1024);
}

TEST_CASE("a bomb whose header understates its size is stopped at the stated size", "[file][payload][bounded]") {
  Folder dir;
  const std::string bomb = zero_bomb(std::size_t{512} << 20);  // really 512 MiB
  const std::uint64_t claimed = kMaxUnpackRatio * bomb.size();  // within the ratio: about 32 MiB
  const std::string path = dir.file("liar.readiness");
  put(path, packed_file(bomb, claimed));
  const long before = test_platform::peak_memory_kilobytes();
  CHECK_THAT(refusal(path), Catch::Contains("more than the " + std::to_string(claimed) + " bytes its header announces"));
  // At most the stated size (and the growth step before it), never the
  // 512 MiB the stream would give.
  const long grown_kib = test_platform::peak_memory_kilobytes() - before;
  CHECK(grown_kib < static_cast<long>(claimed * 3 / 2 / 1024) + 16 * 1024);
}

// The two bombs kept in the fuzz corpus as regression inputs.
TEST_CASE("the deflate bombs of the fuzz corpus are refused", "[file][payload][bounded]") {
  const std::string corpus = std::string(READINESS_SOURCE_DIR) + "/fuzz/corpus/project_file/";
  CHECK_THAT(refusal(corpus + "05-deflate-bomb-past-ratio.readiness"), Catch::Contains("unpacks to 1048576 bytes from"));
  CHECK_THAT(refusal(corpus + "06-deflate-bomb-understated.readiness"), Catch::Contains("bytes its header announces"));
}

TEST_CASE("an unpacked size over the absolute cap is refused whatever the ratio", "[file][payload][bounded]") {
  // check_unpack_limits(packed, unpacked): both limits at their edge.
  CHECK_NOTHROW(check_unpack_limits(kMaxUnpackedBytes / kMaxUnpackRatio, kMaxUnpackedBytes));
  CHECK_THROWS_WITH(check_unpack_limits(kMaxUnpackedBytes / kMaxUnpackRatio - 1, kMaxUnpackedBytes),
                    Catch::Contains(std::to_string(kMaxUnpackRatio) + " times"));
  CHECK_THROWS_AS(check_unpack_limits(kMaxUnpackedBytes, kMaxUnpackedBytes + 1), UnpackError);
  CHECK_THROWS_WITH(check_unpack_limits(kMaxUnpackedBytes, kMaxUnpackedBytes + 1),
                    Catch::Contains("opens at most " + std::to_string(kMaxUnpackedBytes)));
  Folder dir;
  const std::string path = dir.file("huge.readiness");
  put(path, packed_file(std::string(100, 'z'), 3000000000ull));
  CHECK_THAT(refusal(path), Catch::Contains("unpacks to 3000000000 bytes; Readiness opens at most"));
}

TEST_CASE("a damaged, cut, padded or short packed payload is refused with its own message", "[file][payload]") {
  Folder dir;
  const std::string path = dir.file("damaged.readiness");
  std::string text = "22 serialization::archive 18 ";  // packs about 4:1, within the ratio
  for (int i = 0; i < 400; ++i) text += std::to_string(i * 7919 % 1000) + " ";
  const std::string good = zlib_of(text);
  SECTION("not a zlib stream") {
    put(path, packed_file(std::string(200, 'x'), 1000));
    CHECK_THAT(refusal(path), Catch::Contains("the packed content is damaged"));
  }
  SECTION("cut before its end") {
    put(path, packed_file(good.substr(0, good.size() - 6), text.size()));
    CHECK_THAT(refusal(path), Catch::Contains("the packed content ends early"));
  }
  SECTION("bytes after the end of the stream") {
    put(path, packed_file(good + "xyz", text.size()));
    CHECK_THAT(refusal(path), Catch::Contains("bytes after its end"));
  }
  SECTION("fewer bytes than announced") {
    put(path, packed_file(good, text.size() + 1));
    CHECK_THAT(refusal(path), Catch::Contains("unpacks to " + std::to_string(text.size()) + " bytes; its header announces " +
                                              std::to_string(text.size() + 1)));
  }
  SECTION("a changed byte inside the stream, the CRC made right: Adler-32 catches it") {
    std::string changed = good;
    changed[changed.size() - 2] = static_cast<char>(changed[changed.size() - 2] ^ 0x01);
    put(path, packed_file(changed, text.size()));
    CHECK_THAT(refusal(path), Catch::Contains("the packed content is damaged"));
  }
}

// Migration: format 4 changes only the packing, so a file of any older
// format loads and saves as format 4 with the same text archive that a
// format-3 writer would have stored; the format-3 golden file's payload is
// that archive byte for byte.
TEST_CASE("files of formats 1 to 3 load and save as packed format 4", "[file][payload][migration]") {
  Folder dir;
  for (const char* name : {"golden-v1.readiness", "golden-v2.readiness", "golden-v3.readiness"}) {
    INFO(name);
    const Project old = load_project(data_file(name));
    const std::string path = dir.file(std::string(name) + ".v4");
    save_project(old, path);
    const std::string bytes = bytes_of(path);
    CHECK(bytes.rfind("READINESS-PROJECT\nformat 4\n", 0) == 0);
    CHECK(header_of(bytes).find("\ncontent zlib ") != std::string::npos);
    CHECK(bytes.size() * 8 < bytes_of(data_file(name)).size());
    // Saved again after loading: the same bytes (nothing lost on the way).
    const std::string again = dir.file(std::string(name) + ".again");
    save_project(load_project(path), again);
    CHECK(bytes_of(again) == bytes);
  }
  const std::string v3 = bytes_of(data_file("golden-v3.readiness"));
  const std::string path = dir.file("v3-as-v4.readiness");
  save_project(load_project(data_file("golden-v3.readiness")), path);
  CHECK(testing::archive_text_of(bytes_of(path)) == v3.substr(v3.find("\n\n") + 2));
}

// The golden file of format 4 must load forever. Written by
//   READINESS_WRITE_GOLDEN=1 ./build/tests/test_survey "[.golden-writer]"
// (project_file_test.cpp) from testing::make_sample_project(); the values
// below are literals, not the fixture.
TEST_CASE("the format 4 golden file is packed and keeps loading", "[file][payload]") {
  const std::string path = data_file("golden-v4.readiness");
  const std::string bytes = bytes_of(path);
  REQUIRE(bytes.rfind("READINESS-PROJECT\nformat 4\n", 0) == 0);
  CHECK(header_of(bytes).find("\ncontent zlib 111") != std::string::npos);
  CHECK(bytes.size() < 10000);
  const Project project = load_project(path);
  CHECK(project.title == "ANDT-beredskap i Norrbotten");
  CHECK(project.owner == "Länsstyrelsen i Norrbottens län");
  REQUIRE(project.communities.size() == 2);
  CHECK(project.communities[1].name == "Arjeplog");
  CHECK(project.communities[1].note == "Glesbygd; långa avstånd.");
  REQUIRE(project.rounds.size() == 2);
  const Interview* third = project.rounds[0].find_interview("3");
  REQUIRE(third != nullptr);
  CHECK(third->scores.at("A").consensus == 400);
  CHECK(third->scores.at("B").scorer_b == 525);
  CHECK(third->scores.at("B").note_b == "Tveksam mellan 5 och 5,5.");
  CHECK(project.rounds[0].interviews[0].answers.at("q3") == std::string("före\0efter", 10));
  CHECK(project.rounds[0].interviews[0].answers.at("q1").size() == 102400);
}
