// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

struct pg_result;

namespace pgpilot {

// The statements of one PgPoller poll, in the order their results come back within a query string
// (the status statement first: its answer says which of the repmgr statements apply).
enum PollStatement : quint8
{
    StatusStatement,
    ReplicationStatement,
    SlotsStatement,
    ArchiverStatement,
    RepmgrNodesStatement,
    RepmgrEventsStatement,
    RepmgrdStatement,
    PauseWindowStatement, // pgpilot.failover_pause, where the table exists and may be read
    ScheduleStatement, // pgpilot.scheduled_operation, where the table exists and may be read
    PollStatementCount
};

using PollStatements = quint16; // a set: bit (1 << PollStatement); at most 16 statements

constexpr PollStatements pollBit(int statement)
{
    return PollStatements(1u << statement);
}

struct PollStatementSpec
{
    const char* name; // for the debug log
    const char* sql; // one statement, no semicolon
    void (*read)(pg_result*, PgStatus&); // what its result adds to the poll's status
};

extern const PollStatementSpec kPollStatements[PollStatementCount];

// The repmgr statements a status statement's answer calls for: repmgr's tables exist, its
// functions exist; and pgpilot's pause and schedule tables, when this login may read them.
PollStatements repmgrStatements(pg_result* status);

} // namespace pgpilot
