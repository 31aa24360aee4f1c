#include "json_writer.h"

#include <cstdio>

namespace readiness::cli {

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_first.empty()) {
    if (!m_first.back()) m_out << ", ";
    m_first.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  m_out << '{';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  m_out << '}';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  m_out << '[';
  m_first.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  m_out << ']';
  m_first.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(const std::string& name) {
  before_value();
  m_out << '"' << escape(name) << "\": ";
  m_after_key = true;
  return *this;
}

JsonWriter& JsonWriter::string(const std::string& value) {
  before_value();
  m_out << '"' << escape(value) << '"';
  return *this;
}

JsonWriter& JsonWriter::number_text(const std::string& already_formatted) {
  before_value();
  m_out << already_formatted;
  return *this;
}

JsonWriter& JsonWriter::integer(long long value) {
  before_value();
  m_out << value;
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  m_out << (value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  m_out << "null";
  return *this;
}

JsonWriter& JsonWriter::strings(const std::vector<std::string>& values) {
  begin_array();
  for (const auto& v : values) string(v);
  return end_array();
}

std::string JsonWriter::escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);  // UTF-8 passes through
        }
    }
  }
  return out;
}

}  // namespace readiness::cli
