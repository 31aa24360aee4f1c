#include "instrument_names.h"

#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "data_paths.h"

namespace readiness {

namespace {

// The default library for the current folders, loaded once per set of
// folders (tests and the GUI may point READINESS_DATA_DIR elsewhere) and
// kept for the process, so references into it stay valid.
const InstrumentLibrary& default_library() {
  static std::mutex mutex;
  static std::map<std::vector<std::string>, std::unique_ptr<const InstrumentLibrary>> loaded;
  std::vector<std::string> dirs = {data_dir()};
  for (auto& d : user_instrument_dirs()) dirs.push_back(d);
  const std::lock_guard<std::mutex> lock(mutex);
  auto& library = loaded[dirs];
  if (!library) {
    try {
      library = std::make_unique<const InstrumentLibrary>(InstrumentLibrary::load_from(dirs));
    } catch (const std::exception&) {
      library = std::make_unique<const InstrumentLibrary>(InstrumentLibrary::load_from({}));
    }
  }
  return *library;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

const Instrument* instrument_translation(const Instrument& instrument, const std::string& language,
                                         const InstrumentLibrary& library) {
  if (instrument.language == language) return &instrument;
  const std::string own_suffix = "-" + instrument.language;
  if (instrument.language.empty() || !ends_with(instrument.id, own_suffix)) return nullptr;
  const std::string id = instrument.id.substr(0, instrument.id.size() - own_suffix.size()) + "-" + language;
  const Instrument* other = library.find(id);
  if (!other || other->language != language) return nullptr;
  if (other->dimensions.size() != instrument.dimensions.size()) return nullptr;
  for (std::size_t i = 0; i < other->dimensions.size(); ++i)
    if (other->dimensions[i].code != instrument.dimensions[i].code) return nullptr;
  return other;
}

const Instrument& instrument_in_language(const Instrument& instrument, const std::string& language) {
  const Instrument* translation = instrument_translation(instrument, language, default_library());
  return translation ? *translation : instrument;
}

std::string stage_name(const Instrument& instrument, int stage, const std::string& language,
                       const InstrumentLibrary& library) {
  if (stage < 1 || stage > kStageCount) return "";
  if (const Instrument* names = instrument_translation(instrument, language, library)) {
    std::string name = names->stage_name(stage);
    if (!name.empty()) return name;
  }
  return instrument.stage_name(stage);
}

std::string stage_name(const Instrument& instrument, int stage, const std::string& language) {
  if (instrument.language == language) return instrument.stage_name(stage);
  return stage_name(instrument, stage, language, default_library());
}

std::string dimension_name(const Instrument& instrument, const std::string& code, const std::string& language,
                           const InstrumentLibrary& library) {
  if (const Instrument* names = instrument_translation(instrument, language, library))
    if (const Dimension* d = names->find_dimension(code)) return d->name;
  const Dimension* own = instrument.find_dimension(code);
  return own ? own->name : code;
}

std::string dimension_name(const Instrument& instrument, const std::string& code, const std::string& language) {
  if (instrument.language == language) {
    const Dimension* own = instrument.find_dimension(code);
    return own ? own->name : code;
  }
  return dimension_name(instrument, code, language, default_library());
}

}  // namespace readiness
