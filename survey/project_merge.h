#pragma once
// Merging projects (issue 12, item 8): a county coordinator gathering the
// municipalities' files, or a national picture from county files. Projects
// are combined by their stable ids (communities, rounds, respondents,
// interviews, action items; dimension codes and question ids inside):
//   * an item only one file has is taken as it is;
//   * an item several files have is joined when they agree: each field
//     equal, or empty in all but one (a score only A's file has, answers
//     only the transcriber's file has) — the one value is taken;
//   * two different non-empty values of one field are a conflict. Nothing
//     is overwritten: a merge with conflicts lists them all and produces no
//     project (the caller writes nothing);
//   * progress statuses (a round's, an interview's) are not data but where
//     the work is: the furthest one is taken;
//   * the project's title, owner and date come from the first file;
//   * the audit trails travel: every file's entries, each once (files made
//     from one another share their history), ordered by time, stable.
// No wx here.
#include <string>
#include <vector>

#include "project.h"

namespace readiness {

struct MergeInput {
  std::string name;  // how messages name the file ("kalix.readiness")
  Project project;
};

struct MergeConflict {
  std::string where;   // "community se-2514", "round se-2514-2024, interview 3, score B (scorer A)"
  std::string first_file;
  std::string first_value;
  std::string second_file;
  std::string second_value;
};

// "round …, interview 3, score B (scorer A): 4.50 in a.readiness, 5.00 in b.readiness".
std::string to_string(const MergeConflict& conflict);

struct MergeResult {
  Project project;                       // meaningful only when conflicts is empty
  std::vector<MergeConflict> conflicts;  // in the order found
  int communities = 0;                   // in the result
  int rounds = 0;
  int rounds_joined = 0;                 // rounds found in more than one file
  int values_filled = 0;                 // fields taken from a later file into a joined item
  int audit_entries = 0;
};

// Merges the inputs in order (the first is the base). Never throws for
// content; an empty list gives an empty project.
MergeResult merge_projects(const std::vector<MergeInput>& inputs);

// Whether two rounds hold the same content in every field (the merge's
// "identical"; the app uses it to replace only rounds that changed).
bool same_round(const Round& a, const Round& b);

}  // namespace readiness
