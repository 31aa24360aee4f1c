// bench_national_file [--runs N] [--dir DIR] [--keep]
// The national bench project (national_project.h: 290 municipalities × 10
// rounds × 8 interviews, 2,900 rounds on one instrument) as a project file
// (issue 12, item 7: ≤ 10 MB, opened in ≤ 0.3 s). Saves it once, then
// opens it N times (load_project: read, check, parse, validate) and prints
// the file's size and the median, fastest and slowest open in seconds
// (wall clock) and the median CPU seconds of the process. Built from an
// older tree (before format 3) the same program measures the old format,
// so bench/national-file.sh can compare the two in one session.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "national_project.h"
#include "project_file.h"

using namespace readiness;

namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 7;
  bool keep = false;
  std::string dir = std::filesystem::temp_directory_path().string();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::stoi(argv[++i]));
    else if (a == "--dir" && i + 1 < argc) dir = argv[++i];
    else if (a == "--keep") keep = true;
  }
  const Project project = bench::national_project();
  const std::string path = dir + "/bench-national.readiness";
  const auto s0 = std::chrono::steady_clock::now();
  save_project(project, path);
  const double save_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - s0).count();
  std::vector<double> wall, cpu;
  std::size_t rounds = 0;
  for (int k = 0; k < runs; ++k) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    const Project loaded = load_project(path);
    cpu.push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    rounds = loaded.rounds.size();
  }
  const auto bytes = std::filesystem::file_size(path);
  if (!keep) std::filesystem::remove(path);
  std::filesystem::remove(path + ".bak");
  std::cout << "rounds " << rounds << "\n"
            << "file_bytes " << bytes << "\n"
            << "save_seconds " << save_seconds << "\n"
            << "median_open_seconds " << median(wall) << "\n"
            << "min_open_seconds " << *std::min_element(wall.begin(), wall.end()) << "\n"
            << "max_open_seconds " << *std::max_element(wall.begin(), wall.end()) << "\n"
            << "median_open_cpu_seconds " << median(cpu) << "\n";
  return 0;
}
