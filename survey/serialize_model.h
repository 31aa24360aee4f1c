#pragma once
// Boost.Serialization of the model, kept beside the model so project.h and
// friends stay free of Boost (conventions 11, 12). Definitions and the
// explicit instantiations for text_iarchive / text_oarchive live in
// serialize_model.cpp; only project_file.cpp should need this header.
//
// Class versions: bump the number here, add an
// `if (Archive::is_loading::value && version < N)` block in the serialize
// function, bump kProjectFormatVersion, and add a golden file.
#include <stdexcept>
#include <string>

#include <boost/serialization/level.hpp>
#include <boost/serialization/tracking.hpp>
#include <boost/serialization/version.hpp>

#include "community.h"
#include "instrument.h"
#include "project.h"
#include "round.h"

namespace readiness {

// Raised while loading when the archive holds something this build cannot
// represent: a class version newer than it knows (Boost 1.74 would pass it
// through silently) or an enum value out of range.
class ArchiveContentError : public std::runtime_error {
 public:
  enum class Kind { NewerClassVersion, BadValue };
  ArchiveContentError(Kind kind, const std::string& message)
      : std::runtime_error(message), m_kind(kind) {}
  Kind kind() const { return m_kind; }

 private:
  Kind m_kind;
};

template <class Archive> void serialize(Archive& ar, Community& c, unsigned int version);
template <class Archive> void serialize(Archive& ar, FollowUp& f, unsigned int version);
template <class Archive> void serialize(Archive& ar, PlanAction& a, unsigned int version);
template <class Archive> void serialize(Archive& ar, ActionPlan& p, unsigned int version);
template <class Archive> void serialize(Archive& ar, JointCommitment& c, unsigned int version);
template <class Archive> void serialize(Archive& ar, Dimension& d, unsigned int version);
template <class Archive> void serialize(Archive& ar, Question& q, unsigned int version);
template <class Archive> void serialize(Archive& ar, Stage& s, unsigned int version);
template <class Archive> void serialize(Archive& ar, Instrument& i, unsigned int version);
template <class Archive> void serialize(Archive& ar, Respondent& r, unsigned int version);
template <class Archive> void serialize(Archive& ar, DimensionScore& s, unsigned int version);
template <class Archive> void serialize(Archive& ar, Interview& i, unsigned int version);
template <class Archive> void serialize(Archive& ar, ActionItem& a, unsigned int version);
template <class Archive> void serialize(Archive& ar, Round& r, unsigned int version);
template <class Archive> void serialize(Archive& ar, AuditEntry& e, unsigned int version);
template <class Archive> void serialize(Archive& ar, Project& p, unsigned int version);

}  // namespace readiness

// Version 1 is the first released layout of every class (format 1).
// Version 2 (format 3): Community keeps its action plans and commitments.
BOOST_CLASS_VERSION(readiness::Community, 2)
// Format 3: the plan classes (issue 13).
BOOST_CLASS_VERSION(readiness::FollowUp, 1)
BOOST_CLASS_VERSION(readiness::PlanAction, 1)
BOOST_CLASS_VERSION(readiness::ActionPlan, 1)
BOOST_CLASS_VERSION(readiness::JointCommitment, 1)
BOOST_CLASS_VERSION(readiness::Dimension, 1)
BOOST_CLASS_VERSION(readiness::Question, 1)
BOOST_CLASS_VERSION(readiness::Stage, 1)
BOOST_CLASS_VERSION(readiness::Instrument, 1)
BOOST_CLASS_VERSION(readiness::Respondent, 1)
// Version 2 (format 2): DimensionScore gained the scorers' notes.
BOOST_CLASS_VERSION(readiness::DimensionScore, 2)
BOOST_CLASS_VERSION(readiness::Interview, 1)
BOOST_CLASS_VERSION(readiness::ActionItem, 1)
// Version 2 (format 3): the action plan moved from Round to Community;
// Round refers to its instrument snapshot, which Project stores once in its
// list of distinct snapshots (instrument_table.h); Project also keeps the
// audit trail (audit.h) after the rounds.
BOOST_CLASS_VERSION(readiness::Round, 2)
BOOST_CLASS_VERSION(readiness::Project, 2)
BOOST_CLASS_VERSION(readiness::AuditEntry, 1)

// Everything is stored by value, never through pointers: no address tracking.
BOOST_CLASS_TRACKING(readiness::Community, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::FollowUp, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::PlanAction, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::ActionPlan, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::JointCommitment, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Dimension, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Question, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Stage, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Instrument, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Respondent, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::DimensionScore, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Interview, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::ActionItem, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Round, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::Project, boost::serialization::track_never)
BOOST_CLASS_TRACKING(readiness::AuditEntry, boost::serialization::track_never)
