// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pgpilot {

// A new ed25519 private key in OpenSSH format, or empty on failure.
QByteArray generateSshPrivateKey();
// The OpenSSH public key line ("ssh-ed25519 AAAA...") of a private key in OpenSSH format, or empty.
QByteArray sshPublicKeyOf(const QByteArray& privateKey);

} // namespace pgpilot
