// bench_reports [--runs N] [--out DIR] [--lang sv|en]
// Writes the PDF feedback report of every municipality of the national bench
// project (national_project.h: 290 municipalities × 10 rounds × 8
// interviews; each report is the latest round with its 10-round trend) into
// DIR, N times, and prints the median wall-clock and CPU seconds of a whole
// run, the median per report and the total size of one run's files.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "municipality_report.h"
#include "national_project.h"

using namespace readiness;

int main(int argc, char** argv) {
  int runs = 3;
  std::string dir = (std::filesystem::temp_directory_path() / "bench_reports").string();
  std::string lang = "sv";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--runs") runs = std::stoi(argv[i + 1]);
    else if (a == "--out") dir = argv[i + 1];
    else if (a == "--lang") lang = argv[i + 1];
  }
  std::filesystem::create_directories(dir);
  const Project project = bench::national_project();
  std::cerr << project.communities.size() << " communities, " << project.rounds.size() << " rounds\n";
  reports::ReportOptions options;
  options.language = lang;
  options.date = "2025-01-01";
  std::vector<double> seconds, cpu_seconds;
  std::uintmax_t bytes = 0;
  int pages_files = 0;
  for (int run = 0; run < runs; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    bytes = 0;
    pages_files = 0;
    for (const auto& c : project.communities) {
      const Round* round = reports::report_round(project, c.id);
      if (!round) continue;
      const std::string out = dir + "/" + c.code + ".pdf";
      reports::write_municipality_report(project, *round, options, out);
      bytes += std::filesystem::file_size(out);
      ++pages_files;
    }
    cpu_seconds.push_back(static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  std::sort(cpu_seconds.begin(), cpu_seconds.end());
  const double median = seconds[seconds.size() / 2];
  std::cout << "reports " << pages_files << "\n";
  std::cout << "median_seconds " << median << "\n";
  std::cout << "median_cpu_seconds " << cpu_seconds[cpu_seconds.size() / 2] << "\n";
  std::cout << "median_seconds_per_report " << median / std::max(1, pages_files) << "\n";
  std::cout << "bytes " << bytes << "\n";
  return 0;
}
