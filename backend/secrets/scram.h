// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pgpilot {

// What pgpilot sends to the database instead of a password: the SCRAM-SHA-256 verifier as
// PostgreSQL stores it in pg_authid.rolpassword (RFC 5802 / RFC 7677):
//   SCRAM-SHA-256$<iterations>:<base64 salt>$<base64 StoredKey>:<base64 ServerKey>
// ALTER ROLE ... PASSWORD '<verifier>' stores it as it is, so the plain password never reaches
// the server (nor its log, should the statement fail). PostgreSQL runs SASLprep on the password
// first; for the printable ASCII passwords pgpilot accepts (passwordProblem) that changes nothing.

inline constexpr int kScramIterations = 4096; // PostgreSQL's default scram_iterations

// With a given salt (tests); empty on a crypto failure.
QByteArray scramSha256Verifier(const QByteArray& password, const QByteArray& salt, int iterations);
// With a fresh random 16-byte salt and kScramIterations.
QByteArray scramSha256Verifier(const QByteArray& password);

// The rule for the passwords pgpilot sends (repmgr's, the application's; generated ones always
// pass): 16 to 256 characters, each printable ASCII without space (0x21-0x7e). Empty when value
// passes; otherwise the reason, naming key and never the value.
QString passwordProblem(const QString& key, const QByteArray& value);

// A password as a .pgpass field: ':' and '\' escaped with '\' (what libpq expects).
QByteArray pgpassEscaped(const QByteArray& value);

} // namespace pgpilot
