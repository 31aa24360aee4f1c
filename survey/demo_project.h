#pragma once
// The bundled demo: a realistic, clearly fictional example from Pite älvdal
// (Arjeplog, Arvidsjaur, Piteå, Älvsbyn), two rounds each (2019, 2022), 5–8
// interviews per round with Swedish answers, two blind scorers and
// consensus — and a few disagreements still open, so it is not all tidy —
// and action plans for Arjeplog and Älvsbyn (demo_plans.h).
#include "instrument.h"
#include "project.h"

namespace readiness {

// `instrument` is the six-dimension Swedish instrument (cr6-sv); every
// round keeps a snapshot of it. Deterministic: the same project every time.
Project make_demo_project(const Instrument& instrument);

}  // namespace readiness
