#pragma once
// Splitting a pasted interview transcript into parts and proposing which
// question each part answers, for the "paste a transcript" dialog. Parts
// are separated by blank lines. A part that starts with a question number
// ("3.", "3:", "F3", "Q3", "Fråga 3", "Question 3") goes to that question;
// an unnumbered part continues the question before it, or starts at the
// first question. The analyst checks and changes every proposal.
#include <string>
#include <vector>

namespace readiness::gui {

struct TranscriptPart {
  std::string text;    // the part, number prefix removed, trimmed
  int question = -1;   // proposed question index (0-based), -1 for none
};

std::vector<TranscriptPart> split_transcript(const std::string& transcript, int question_count);

}  // namespace readiness::gui
