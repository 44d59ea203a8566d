// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretbundle.h"

#include "cluster/specvalidator.h"
#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace pgpilot {

namespace {

using namespace secretbundle;

constexpr int kKeyBytes = 32; // AES-256
constexpr int kBase64LineLength = 64;
const char kMagic[] = "pgpilot secrets bundle ";
const char kClusterPrefix[] = "cluster ";

QString changedError()
{
    return QCoreApplication::translate("pgpilot::SecretBundle",
        "Cannot open the secrets bundle: wrong passphrase, or the file was changed.");
}

OpenedBundle failure(BundleProblem problem, const QString& error)
{
    OpenedBundle result;
    result.problem = problem;
    result.error = error;
    return result;
}

struct KdfParams
{
    quint64 n = kScryptN;
    quint64 r = kScryptR;
    quint64 p = kScryptP;
};

QByteArray kdfLine(const KdfParams& k)
{
    return QByteArrayLiteral("kdf scrypt N=") + QByteArray::number(k.n) + QByteArrayLiteral(" r=")
        + QByteArray::number(k.r) + QByteArrayLiteral(" p=") + QByteArray::number(k.p);
}

// "kdf scrypt N=32768 r=8 p=1", within bounds that keep a forged file from asking for gigabytes
// or minutes before the tag is checked (at most 256 MiB of scrypt memory).
std::optional<KdfParams> parseKdfLine(const QByteArray& line)
{
    const QList<QByteArray> words = line.split(' ');
    if (words.size() != 5 || words.at(0) != "kdf" || words.at(1) != "scrypt")
        return std::nullopt;
    auto number = [](const QByteArray& word, const QByteArray& name) -> std::optional<quint64> {
        if (!word.startsWith(name + '='))
            return std::nullopt;
        bool ok = false;
        const quint64 value = word.mid(name.size() + 1).toULongLong(&ok);
        return ok ? std::optional<quint64>(value) : std::nullopt;
    };
    const auto n = number(words.at(2), "N");
    const auto r = number(words.at(3), "r");
    const auto p = number(words.at(4), "p");
    if (!n || !r || !p)
        return std::nullopt;
    const bool powerOfTwo = *n != 0 && (*n & (*n - 1)) == 0;
    if (!powerOfTwo || *n < (quint64(1) << 10) || *n > (quint64(1) << 20) || *r < 1 || *r > 32 || *p < 1
        || *p > 16 || *n * *r > (quint64(1) << 21))
        return std::nullopt;
    return KdfParams {*n, *r, *p};
}

// The derived key, wiped when it goes out of scope.
class DerivedKey
{
public:
    ~DerivedKey() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }
    bool derive(const QByteArray& passphrase, const QByteArray& salt, const KdfParams& k)
    {
        // scrypt needs 128·r·(N + p + 2) bytes; OpenSSL refuses more than maxmem.
        const quint64 maxmem = 128 * k.r * (k.n + k.p + 2) + 1024 * 1024;
        return EVP_PBE_scrypt(passphrase.constData(), size_t(passphrase.size()),
                   reinterpret_cast<const unsigned char*>(salt.constData()), size_t(salt.size()), k.n, k.r,
                   k.p, maxmem, m_bytes.data(), m_bytes.size())
            == 1;
    }
    const unsigned char* data() const { return m_bytes.data(); }

private:
    std::array<unsigned char, kKeyBytes> m_bytes {};
};

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* u8(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

unsigned char* u8(QByteArray& a)
{
    return reinterpret_cast<unsigned char*>(a.data());
}

// AES-256-GCM with the key and nonce set and the additional data fed in; null on failure.
CipherContext startGcm(bool encrypting, const DerivedKey& key, const QByteArray& nonce, const QByteArray& aad)
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypting) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, key.data(), u8(nonce), encrypting) != 1
        || EVP_CipherUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1)
        return CipherContext(nullptr, &EVP_CIPHER_CTX_free);
    return ctx;
}

// The ciphertext followed by the tag; empty on failure.
QByteArray encrypt(
    const DerivedKey& key, const QByteArray& nonce, const QByteArray& aad, const QByteArray& plain)
{
    const CipherContext ctx = startGcm(true, key, nonce, aad);
    QByteArray out(plain.size() + kTagBytes, '\0');
    int len = 0;
    int tail = 0;
    if (!ctx || EVP_CipherUpdate(ctx.get(), u8(out), &len, u8(plain), int(plain.size())) != 1
        || EVP_CipherFinal_ex(ctx.get(), u8(out) + len, &tail) != 1 || len + tail != plain.size()
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, u8(out) + plain.size()) != 1)
        return {};
    return out;
}

// The plaintext, or nothing when the tag does not match (wrong key, changed data or header).
std::optional<QByteArray> decrypt(
    const DerivedKey& key, const QByteArray& nonce, const QByteArray& aad, const QByteArray& sealed)
{
    const QByteArray cipher = sealed.left(sealed.size() - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    const CipherContext ctx = startGcm(false, key, nonce, aad);
    QByteArray plain(cipher.size(), '\0');
    int len = 0;
    int tail = 0;
    if (!ctx || EVP_CipherUpdate(ctx.get(), u8(plain), &len, u8(cipher), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_CipherFinal_ex(ctx.get(), u8(plain) + len, &tail) != 1) {
        wipeBytes(plain);
        return std::nullopt;
    }
    return plain;
}

// The header and the decoded body of a bundle's text.
struct Parsed
{
    BundleProblem problem = BundleProblem::None;
    QString error;
    QString cluster;
    KdfParams kdf;
    QByteArray aad; // the three header lines, each ending in "\n"
    QByteArray body; // salt | nonce | ciphertext | tag
};

Parsed parse(const QByteArray& raw)
{
    Parsed p;
    auto fail = [&p](BundleProblem problem, const QString& error) {
        p.problem = problem;
        p.error = error;
        return p;
    };
    QList<QByteArray> lines = raw.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) // carried through a system with CRLF line ends
            line.chop(1);
    }
    if (lines.isEmpty() || !lines.first().startsWith(kMagic))
        return fail(BundleProblem::NotABundle,
            QCoreApplication::translate("pgpilot::SecretBundle",
                "This is not a pgpilot secrets bundle (its first line is not \"pgpilot secrets bundle "
                "%1\").")
                .arg(kFormatVersion));
    bool numeric = false;
    const int version = lines.first().mid(int(sizeof kMagic) - 1).toInt(&numeric);
    if (numeric && version > kFormatVersion)
        return fail(BundleProblem::NewerFormat,
            QCoreApplication::translate("pgpilot::SecretBundle",
                "This secrets bundle has format %1, made by a newer pgpilot; this one reads format %2. "
                "Import it with that newer pgpilot.")
                .arg(version)
                .arg(kFormatVersion));
    if (!numeric || version != kFormatVersion || lines.size() < 4 || !lines.at(1).startsWith(kClusterPrefix))
        return fail(BundleProblem::WrongPassphraseOrChanged, changedError());
    p.cluster = QString::fromUtf8(lines.at(1).mid(int(sizeof kClusterPrefix) - 1));
    const auto kdf = parseKdfLine(lines.at(2));
    if (p.cluster.isEmpty() || !kdf)
        return fail(BundleProblem::WrongPassphraseOrChanged, changedError());
    p.kdf = *kdf;
    p.aad = lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(2) + '\n';
    QByteArray base64;
    for (qsizetype i = 3; i < lines.size(); ++i)
        base64 += lines.at(i).trimmed();
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() <= kSaltBytes + kNonceBytes + kTagBytes)
        return fail(BundleProblem::WrongPassphraseOrChanged, changedError());
    p.body = *decoded;
    return p;
}

int characterCount(const QByteArray& utf8)
{
    int count = 0;
    for (const char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a continuation byte
            ++count;
    }
    return count;
}

bool isCleanLine(const QString& s)
{
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return !s.isEmpty();
}

} // namespace

void SecretBundle::wipe()
{
    for (auto& entry : secrets)
        wipeBytes(entry.second);
    secrets.clear();
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString passphraseProblem(const QByteArray& passphrase)
{
    if (characterCount(passphrase) < kMinPassphraseLength)
        return QCoreApplication::translate(
            "pgpilot::SecretBundle", "The passphrase is too short: use at least %1 characters.")
            .arg(kMinPassphraseLength);
    return {};
}

QByteArray sealSecretBundle(const SecretBundle& bundle, const QByteArray& passphrase, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return fail(problem);
    if (!isCleanLine(bundle.cluster))
        return fail(QCoreApplication::translate(
            "pgpilot::SecretBundle", "A secrets bundle needs the cluster's name."));
    QJsonObject values;
    for (const auto& [key, value] : bundle.secrets) {
        if (!rules::isSecretRef(key))
            return fail(QCoreApplication::translate(
                "pgpilot::SecretBundle", "%1 is not a secret reference (pgpilot:<cluster>:<name>).")
                            .arg(key));
        values.insert(key, QString::fromLatin1(value.toBase64()));
    }
    QByteArray plain = QJsonDocument(QJsonObject {{QStringLiteral("secrets"), values}}).toJson();

    const KdfParams kdf;
    const QByteArray header = kMagic + QByteArray::number(kFormatVersion) + '\n' + kClusterPrefix
        + bundle.cluster.toUtf8() + '\n' + kdfLine(kdf) + '\n';
    QByteArray salt(kSaltBytes, '\0');
    QByteArray nonce(kNonceBytes, '\0');
    DerivedKey key;
    const bool random = RAND_bytes(u8(salt), kSaltBytes) == 1 && RAND_bytes(u8(nonce), kNonceBytes) == 1;
    if (!random || !key.derive(passphrase, salt, kdf)) {
        wipeBytes(plain);
        return fail(QCoreApplication::translate(
            "pgpilot::SecretBundle", "The secrets could not be encrypted (OpenSSL failed)."));
    }
    const QByteArray sealed = encrypt(key, nonce, header, plain);
    wipeBytes(plain);
    if (sealed.isEmpty())
        return fail(QCoreApplication::translate(
            "pgpilot::SecretBundle", "The secrets could not be encrypted (OpenSSL failed)."));

    const QByteArray body = (salt + nonce + sealed).toBase64();
    QByteArray out = header;
    for (qsizetype i = 0; i < body.size(); i += kBase64LineLength)
        out += body.mid(i, kBase64LineLength) + '\n';
    return out;
}

OpenedBundle peekSecretBundle(const QByteArray& raw)
{
    const Parsed p = parse(raw);
    if (p.problem != BundleProblem::None)
        return failure(p.problem, p.error);
    OpenedBundle result;
    result.bundle = SecretBundle {p.cluster, {}};
    return result;
}

OpenedBundle openSecretBundle(const QByteArray& raw, const QByteArray& passphrase)
{
    const Parsed p = parse(raw);
    if (p.problem != BundleProblem::None)
        return failure(p.problem, p.error);
    const QByteArray salt = p.body.left(kSaltBytes);
    const QByteArray nonce = p.body.mid(kSaltBytes, kNonceBytes);
    DerivedKey key;
    if (!key.derive(passphrase, salt, p.kdf))
        return failure(BundleProblem::WrongPassphraseOrChanged, changedError());
    auto plain = decrypt(key, nonce, p.aad, p.body.mid(kSaltBytes + kNonceBytes));
    if (!plain)
        return failure(BundleProblem::WrongPassphraseOrChanged, changedError());

    // Authentic from here on: what fails now was not written by pgpilot's export.
    const QJsonDocument doc = QJsonDocument::fromJson(*plain);
    wipeBytes(*plain);
    const QJsonObject values = doc.object().value(QStringLiteral("secrets")).toObject();
    SecretBundle bundle {p.cluster, {}};
    bool valid = doc.isObject() && doc.object().value(QStringLiteral("secrets")).isObject();
    for (auto it = values.constBegin(); valid && it != values.constEnd(); ++it) {
        auto value = QByteArray::fromBase64Encoding(
            it->toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        valid = it->isString() && value && rules::isSecretRef(it.key());
        if (valid)
            bundle.secrets.append({it.key(), *value});
    }
    if (!valid) {
        bundle.wipe();
        return failure(BundleProblem::NotABundle,
            QCoreApplication::translate("pgpilot::SecretBundle",
                "The bundle opened, but what it holds is not a list of pgpilot secrets."));
    }
    OpenedBundle result;
    result.bundle = std::move(bundle);
    return result;
}

OpenedBundle openBundleFileFor(
    const QString& path, const QString& cluster, const std::optional<QByteArray>& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(BundleProblem::Unreadable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return failure(BundleProblem::NotABundle,
            QCoreApplication::translate(
                "pgpilot::SecretBundle", "%1 is not a pgpilot secrets bundle (it is far too large).")
                .arg(path));
    const QByteArray raw = file.read(kMaxFileBytes + 1);
    const OpenedBundle head = peekSecretBundle(raw);
    if (!head.bundle)
        return failure(head.problem, QStringLiteral("%1: %2").arg(path, head.error));
    if (head.bundle->cluster != cluster)
        return failure(BundleProblem::OtherCluster,
            QCoreApplication::translate("pgpilot::SecretBundle",
                "%1 holds the secrets of the cluster %2, not of %3 (the worksheet's cluster).")
                .arg(path, head.bundle->cluster, cluster));
    if (!passphrase)
        return head;
    OpenedBundle opened = openSecretBundle(raw, *passphrase);
    if (!opened.bundle)
        opened.error = QStringLiteral("%1: %2").arg(path, opened.error);
    return opened;
}

QString bundleTargetProblem(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return QCoreApplication::translate("pgpilot::SecretBundle",
            "%1 exists already; pgpilot does not overwrite it. Choose another name, or remove that "
            "file first.")
            .arg(path);
    return {};
}

bool writeBundleFile(const QString& path, const QByteArray& sealed, QString* error)
{
    if (const QString problem = bundleTargetProblem(path); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return writeFileAtomically(path, sealed, error, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace pgpilot
