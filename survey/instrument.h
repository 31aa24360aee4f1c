#pragma once
// An instrument: the dimension set with its anchored rating scales, the
// interview questions, and the nine stages with their strategies. The
// dimension set is part of the instrument and never hard-coded (the 2006
// model has six dimensions A–F, the 2014 handbook five).
#include <array>
#include <string>
#include <vector>

namespace readiness {

constexpr int kStageCount = 9;

struct Dimension {
  std::string code;         // "A"
  std::string name;         // "Samhällets insatser"
  std::string description;
  std::array<std::string, kStageCount> anchors;  // anchors[0] is level 1
};

struct Question {
  std::string id;          // unique within the instrument, "q01"
  std::string text;        // with {issue} and {community} placeholders
  std::string dimension;   // code of its main dimension
  bool required = false;   // required for scoring
  std::vector<std::string> followups;
};

struct Stage {
  int number = 0;          // 1..9
  std::string name;        // "Förplanering"
  std::string description;
  std::string goal;
  std::string channels;
  std::vector<std::string> strategies;
};

struct Instrument {
  std::string id;          // "cr6-sv"
  std::string version;     // "1.0"
  std::string language;    // "sv" or "en"
  std::string title;
  std::string description;
  std::vector<Dimension> dimensions;
  std::vector<Question> questions;
  std::vector<Stage> stages;  // exactly nine, numbers 1..9 in order
  std::string scorer_guide;

  const Dimension* find_dimension(const std::string& code) const;
  const Question* find_question(const std::string& id) const;
  // Stage name for 1..9, or "" when out of range.
  std::string stage_name(int stage) const;
};

// Fills {issue} and {community} in a question text. Inside a sentence the
// issue loses its capital ("... oroar man sig för alkohol bland unga?")
// unless it looks like an acronym or starts with the community's name.
std::string fill_placeholders(const std::string& text, const std::string& issue,
                              const std::string& community);

}  // namespace readiness
