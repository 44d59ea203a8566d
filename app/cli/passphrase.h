// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pgpilot::cli {

struct Io;

// A passphrase, never from the arguments or the environment (other users' ps and /proc would see
// it). When standard input is a terminal, it is typed without echo after prompt (on io.err), and
// with againPrompt asked a second time and compared. Otherwise it is the first line of standard
// input (for scripts: `pgpilot ... < passphrase-file`). Returned as UTF-8 without the line end;
// nothing, with error saying why, when none was given or the two differ.
std::optional<QByteArray> readPassphrase(
    const Io& io, const QString& prompt, const QString& againPrompt, QString* error);

} // namespace pgpilot::cli
