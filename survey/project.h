#pragma once
// The project: everything in one file. Identifiers are stable strings, never
// vector indexes, so files merge.
#include <memory>
#include <string>
#include <vector>

#include "audit.h"
#include "community.h"
#include "round.h"

namespace readiness {

struct Project {
  std::string title;
  std::string owner;  // owner organisation, "Länsstyrelsen i Norrbottens län"
  std::string created;  // ISO date
  std::vector<Community> communities;
  std::vector<Round> rounds;
  // Every change of a score, consensus or reason, oldest first (audit.h).
  std::vector<AuditEntry> audit;

  const Community* find_community(const std::string& id) const;
  Community* find_community(const std::string& id);
  const Round* find_round(const std::string& id) const;
  Round* find_round(const std::string& id);
  // Rounds of one community in label order.
  std::vector<const Round*> rounds_of(const std::string& community_id) const;
};

using ProjectPtr = std::shared_ptr<Project>;

// A fresh id of the form prefix + slug(text), made unique against `taken`
// by appending "-2", "-3", ...
std::string make_unique_id(const std::string& prefix, const std::string& text,
                           const std::vector<std::string>& taken);

// ASCII slug for ids: "Älvsbyn 2022" -> "alvsbyn-2022".
std::string slugify(const std::string& text);

}  // namespace readiness
