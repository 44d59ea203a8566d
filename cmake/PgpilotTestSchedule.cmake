# SPDX-License-Identifier: GPL-3.0-or-later
# How `ctest -j2` (scripts/test.sh) shares the machine: the lab tests form one chain (each holds
# RESOURCE_LOCK lab) and everything else runs in the second slot beside it.
# - Every test that holds the lab lock has COST ${PGPILOT_LAB_COST}: whenever a slot frees and a
#   lab test is ready, the lab test goes first, so the chain, the longest path of the run, never
#   waits for a slot.
# - The long non-lab tests (compiles and fuzzing) have COST ${PGPILOT_BACKGROUND_COST} and
#   RESOURCE_LOCK background: they start early, one at a time, and end well before the chain
#   does; their commands run through scripts/lowprio.sh (PGPILOT_LOWPRIO: a scheduler autogroup of
#   their own at nice 19), so the lab's nodes and test drivers come first for the CPU.
# CTest uses measured times from Testing/Temporary/CTestCostData.txt instead when that file
# exists; scripts/test.sh removes it so a local run schedules like CI's clean checkout.
set(PGPILOT_LAB_COST 1000)
set(PGPILOT_BACKGROUND_COST 100)
set(PGPILOT_LOWPRIO ${PROJECT_SOURCE_DIR}/scripts/lowprio.sh)
