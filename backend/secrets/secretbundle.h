// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace pgpilot {

// One cluster's secrets sealed with a passphrase, to carry them to another workstation (pgpilot
// export-secrets / import-secrets, File → Export/Import secrets). The file is text:
//
//   pgpilot secrets bundle 1
//   cluster prod
//   kdf scrypt N=32768 r=8 p=1
//   <base64 of salt(16) | nonce(12) | ciphertext | tag(16), 64 characters a line>
//
// The key is scrypt(passphrase, salt) with the parameters of the third line; the cipher is
// AES-256-GCM, and the three header lines (each with its "\n") are its additional authenticated
// data: a changed cluster name or changed parameters make opening fail like a wrong passphrase.
// The plaintext is {"secrets": {"<key>": "<base64 of the value>", ...}}.
struct SecretBundle
{
    QString cluster;
    QList<QPair<QString, QByteArray>> secrets; // key, value; keys look like pgpilot:<cluster>:<name>

    // Overwrites the values before they are dropped.
    void wipe();
};

namespace secretbundle {
inline constexpr int kFormatVersion = 1;
inline constexpr int kMinPassphraseLength = 12; // characters, not bytes
inline constexpr quint64 kScryptN = quint64(1) << 15;
inline constexpr quint64 kScryptR = 8;
inline constexpr quint64 kScryptP = 1;
inline constexpr int kSaltBytes = 16;
inline constexpr int kNonceBytes = 12;
inline constexpr int kTagBytes = 16;
inline constexpr qint64 kMaxFileBytes = 1024 * 1024; // far more than any cluster's secrets
} // namespace secretbundle

// Why a passphrase cannot seal a bundle (too short), empty when it can.
QString passphraseProblem(const QByteArray& passphrase);

// The bundle as text, ready to be written; empty (and error says why) when the passphrase is
// too short, a key is not a pgpilot:<cluster>:<name> reference, or the cipher fails.
QByteArray sealSecretBundle(const SecretBundle& bundle, const QByteArray& passphrase, QString* error);

enum class BundleProblem
{
    None,
    NotABundle, // the first line does not name the format
    NewerFormat, // a version this pgpilot does not read
    WrongPassphraseOrChanged, // also: damaged, truncated, header edited
    OtherCluster, // openBundleFileFor: the bundle belongs to another cluster
    Unreadable // the file cannot be read (or is far too large to be a bundle)
};

struct OpenedBundle
{
    std::optional<SecretBundle> bundle;
    BundleProblem problem = BundleProblem::None;
    QString error; // ready to show; never quotes the file's content
};

// Decrypts a bundle. A wrong passphrase and a damaged file give the same answer.
OpenedBundle openSecretBundle(const QByteArray& text, const QByteArray& passphrase);

// The cluster a bundle's header names, without the passphrase (not authenticated until the bundle
// is opened, which fails if the name was changed): to refuse another cluster's bundle before
// asking for a passphrase. No bundle: problem and error say why.
OpenedBundle peekSecretBundle(const QByteArray& text);

// Reads a bundle file (at most kMaxFileBytes), checks that it is a bundle of cluster (when
// passphrase is null: only the header) and opens it (with a passphrase). Errors name the file.
OpenedBundle openBundleFileFor(
    const QString& path, const QString& cluster, const std::optional<QByteArray>& passphrase);

// Why a bundle cannot be written to path (a file is there already), empty when it can.
QString bundleTargetProblem(const QString& path);
// Writes a sealed bundle to path, mode 0600, atomically; refuses a file that exists already.
bool writeBundleFile(const QString& path, const QByteArray& text, QString* error);

// Overwrites bytes in place (OPENSSL_cleanse): for passphrases and values once used.
void wipeBytes(QByteArray& bytes);

} // namespace pgpilot
