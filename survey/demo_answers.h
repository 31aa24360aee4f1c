#pragma once
// Swedish answer sentences for the demo interviews, by dimension code and
// level band (low 1–3, middle 4–5, high 6–9). Fictional, our own wording.
#include <string>
#include <vector>

namespace readiness::demo {

// Sentences that fit a respondent who sees `dimension` at about `level`.
// {community} and {issue} are placeholders. Unknown codes get general text.
const std::vector<std::string>& answer_sentences(const std::string& dimension, int level);

}  // namespace readiness::demo
