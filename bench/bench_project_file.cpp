// bench_project_file [--runs N] [--dir DIR]
// County-scale project file timing (design.md, "Project file"): 1,960
// interviews × 36 answers of 800 characters (≈58 MB). Prints the median
// save and load seconds, and as a baseline in the same run the median time
// to read the file's bytes (what `cat` costs), with the ratios to it.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "instrument_library.h"
#include "project_file.h"

using namespace readiness;

namespace {

Project county_project() {
  Instrument ins = InstrumentLibrary::load_default().get("cr6-sv");
  ins.questions.resize(std::min<std::size_t>(ins.questions.size(), 36));
  while (ins.questions.size() < 36) {  // 36 answers per interview, as measured in design.md
    Question q = ins.questions.back();
    q.id = "x" + std::to_string(ins.questions.size());
    ins.questions.push_back(q);
  }
  const std::string answer_base =
      "Det finns en arbetsgrupp som börjat titta på frågan, men inget har startat ännu. Polisen gör ibland "
      "kontroller vid större evenemang. ";
  Project p;
  p.title = "Länsprojekt (bench)";
  for (int c = 0; c < 98; ++c) {  // 98 rounds × 20 interviews = 1,960
    Community com;
    com.id = "c" + std::to_string(c);
    com.name = "Kommun " + std::to_string(c);
    com.kind = CommunityKind::Group;
    p.communities.push_back(com);
    Round r;
    r.id = com.id + "-2024";
    r.community_id = com.id;
    r.label = "2024";
    r.issue = "langning av alkohol till unga";
    r.instrument = ins;
    for (int i = 0; i < 20; ++i) {
      Interview iv;
      iv.id = std::to_string(i + 1);
      for (const auto& q : ins.questions) {
        std::string text;
        while (text.size() < 800) text += answer_base;
        text.resize(800);
        iv.answers[q.id] = text;
      }
      for (const auto& d : ins.dimensions) {
        DimensionScore s;
        s.scorer_a = 400 + 50 * (i % 3);
        s.scorer_b = 450;
        s.consensus = 450;
        iv.scores[d.code] = s;
      }
      r.interviews.push_back(iv);
    }
    p.rounds.push_back(std::move(r));
  }
  return p;
}

template <typename F>
double seconds(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::string dir = std::filesystem::temp_directory_path().string();
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--runs") runs = std::max(1, std::stoi(argv[i + 1]));
    else if (a == "--dir") dir = argv[i + 1];
  }
  const Project project = county_project();
  const std::string path = dir + "/bench-county.readiness";
  std::vector<double> save, load, read;
  for (int k = 0; k < runs; ++k) {
    save.push_back(seconds([&] { save_project(project, path); }));
    load.push_back(seconds([&] { volatile auto n = load_project(path).rounds.size(); (void)n; }));
    read.push_back(seconds([&] {
      std::ifstream in(path, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      volatile auto n = ss.str().size();
      (void)n;
    }));
  }
  const auto bytes = std::filesystem::file_size(path);
  std::filesystem::remove(path);
  std::filesystem::remove(path + ".bak");
  std::cout << "file_bytes " << bytes << "\n"
            << "median_save_seconds " << median(save) << "\n"
            << "median_load_seconds " << median(load) << "\n"
            << "median_read_bytes_seconds " << median(read) << "  (baseline: reading the file)\n"
            << "load/read ratio " << median(load) / median(read) << "\n"
            << "save/read ratio " << median(save) / median(read) << "\n";
  return 0;
}
