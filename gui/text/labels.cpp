#include "text/labels.h"

#include "text/translate.h"

#include "app/app_language.h"
#include "mean_format.h"
#include "register.h"
#include "text/wx_text.h"

namespace readiness::gui {

wxString interview_status_label(InterviewStatus status) {
  switch (status) {
    case InterviewStatus::Planned: return _("Planned");
    case InterviewStatus::Held: return _("Held");
    // TRANSLATORS: interview status: the recording has been written out.
    case InterviewStatus::Transcribed: return _("Transcribed");
  }
  return {};
}

wxString mode_label(Mode mode) {
  switch (mode) {
    case Mode::Interview: return _("Key-respondent interviews");
    case Mode::SelfRating: return _("Self-rating");
  }
  return {};
}

wxString round_status_label(RoundStatus status) {
  switch (status) {
    case RoundStatus::Planned: return _("Planned");
    case RoundStatus::Ongoing: return _("Ongoing");
    case RoundStatus::Completed: return _("Completed");
  }
  return {};
}

wxString sector_label(const std::string& id) {
  if (id == "police") return _("Police");
  if (id == "school") return _("School");
  if (id == "social_services") return _("Social services");
  if (id == "health_region") return _("Health care (region)");
  if (id == "politics") return _("Local politics");
  if (id == "administration") return _("Municipal administration");
  if (id == "ngo_faith") return _("Civil society and faith communities");
  if (id == "youth") return _("Young people");
  if (id == "business") return _("Business");
  if (id == "other") return _("Other");
  return to_wx(id);
}

wxString area_label(const std::string& id) {
  if (id == "alcohol") return _("Alcohol");
  if (id == "narcotics") return _("Narcotics");
  if (id == "doping") return _("Doping");
  if (id == "tobacco") return _("Tobacco and nicotine");
  if (id == "gambling") return _("Gambling");
  return to_wx(id);
}

wxString area_list(const std::vector<std::string>& areas) {
  wxString out;
  for (const auto& a : areas) {
    if (!out.empty()) out += ", ";
    out += area_label(a);
  }
  return out;
}

wxString county_label(const std::string& county_code) {
  if (!county_code.empty()) {
    try {
      if (const County* county = SwedishRegister::bundled().county(county_code)) return to_wx(county->name);
    } catch (const std::exception&) {
      // No register: show the code.
    }
    return wxString::Format(_("County %s"), to_wx(county_code));
  }
  // TRANSLATORS: tree group for communities without a county (custom groups).
  return _("Other communities");
}

wxString file_error_heading(ProjectFileError::Kind kind) {
  using K = ProjectFileError::Kind;
  switch (kind) {
    case K::NotFound: return _("The project file was not found.");
    case K::Unreadable: return _("The project file cannot be read.");
    case K::NotAProject: return _("This is not a Readiness project file.");
    case K::NewerFormat: return _("This project was saved by a newer version of Readiness.");
    case K::Truncated: return _("The project file is incomplete (cut off).");
    case K::Corrupted: return _("The project file is damaged.");
    case K::Invalid: return _("The project file contains invalid data.");
    case K::WriteFailed: return _("The project could not be saved. The previous file is unchanged.");
  }
  return {};
}

wxString count_of(int done, int total) {
  wxString text = wxString::Format("%d/%d", done, total);
  if (total > 0 && done == total) text += wxString::FromUTF8(" \u2713");
  return text;
}

wxString round_badge(const RoundProgress& progress) {
  return count_of(progress.consensus_complete, progress.interviews);
}

wxString mean_label(const ExactMean& mean, int decimals) {
  return to_wx(format_mean(mean, decimals, decimal_point()));
}

}  // namespace readiness::gui
