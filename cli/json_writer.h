#pragma once
// A small streaming JSON writer. We write our own rather than use a DOM
// library because the contract fixes how numbers look: means with four
// decimals ("6.0000", not 6.0), exactly as computed.
#include <ostream>
#include <string>
#include <vector>

namespace readiness::cli {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : m_out(out) {}
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(const std::string& name);
  JsonWriter& string(const std::string& value);
  JsonWriter& number_text(const std::string& already_formatted);  // "4.7917"
  JsonWriter& integer(long long value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  JsonWriter& strings(const std::vector<std::string>& values);  // ["a", "b"]

  static std::string escape(const std::string& text);

 private:
  void before_value();
  std::ostream& m_out;
  std::vector<bool> m_first;  // per open container: nothing written yet
  bool m_after_key = false;
};

}  // namespace readiness::cli
