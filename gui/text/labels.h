#pragma once
// Display names for the model's enums and ids, in the UI language. The
// domain returns enums and ids; words are chosen here (translation at the
// edge).
#include <string>
#include <vector>

#include <wx/string.h>

#include "project_document.h"
#include "project_file.h"
#include "round.h"
#include "exact_mean.h"

namespace readiness::gui {

wxString interview_status_label(InterviewStatus status);
wxString mode_label(Mode mode);
wxString round_status_label(RoundStatus status);
wxString sector_label(const std::string& sector_id);
wxString area_label(const std::string& area_id);
// "Arjeplog, Arvidsjaur" style list of area labels.
wxString area_list(const std::vector<std::string>& areas);
// The county's name from the bundled register, or "Other" for none.
wxString county_label(const std::string& county_code);
// What kind of trouble a project file has, as a dialog heading.
wxString file_error_heading(ProjectFileError::Kind kind);
// The tree badge: "5/6 ✓" (consensus complete / interviews).
wxString round_badge(const RoundProgress& progress);
// "3/6" with a check mark when complete.
wxString count_of(int done, int total);
// A mean from scoring/, with the UI's decimal separator.
wxString mean_label(const ExactMean& mean, int decimals = 2);

}  // namespace readiness::gui
