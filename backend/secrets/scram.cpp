// SPDX-License-Identifier: GPL-3.0-or-later
#include "scram.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

namespace pgpilot {

namespace {

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
            reinterpret_cast<const unsigned char*>(data.constData()), size_t(data.size()), out, &length))
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

} // namespace

QByteArray scramSha256Verifier(const QByteArray& password, const QByteArray& salt, int iterations)
{
    if (salt.isEmpty() || iterations < 1)
        return {};
    QByteArray salted(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
            reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations,
            EVP_sha256(), int(salted.size()), reinterpret_cast<unsigned char*>(salted.data()))
        != 1)
        return {};
    const QByteArray clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    if (clientKey.isEmpty() || serverKey.isEmpty())
        return {};
    unsigned char stored[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(clientKey.constData()), size_t(clientKey.size()), stored);
    const QByteArray storedKey(reinterpret_cast<const char*>(stored), SHA256_DIGEST_LENGTH);
    return QByteArrayLiteral("SCRAM-SHA-256$") + QByteArray::number(iterations) + ':' + salt.toBase64() + '$'
        + storedKey.toBase64() + ':' + serverKey.toBase64();
}

QByteArray scramSha256Verifier(const QByteArray& password)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    return scramSha256Verifier(password, salt, kScramIterations);
}

QString passwordProblem(const QString& key, const QByteArray& value)
{
    auto tr = [](const char* text) {
        return QCoreApplication::translate("pgpilot::Secrets", text);
    };
    if (value.size() < 16 || value.size() > 256)
        return tr("The password %1 has %2 characters; pgpilot accepts 16 to 256 (run rotate-secrets for "
                  "a new one, or store a longer one).")
            .arg(key)
            .arg(value.size());
    for (const char c : value) {
        if (c < 0x21 || c > 0x7e)
            return tr("The password %1 holds a character pgpilot does not send (a space, a control "
                      "character or a non-ASCII byte): only printable ASCII without space is accepted.")
                .arg(key);
    }
    return {};
}

QByteArray pgpassEscaped(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size() + 4);
    for (const char c : value) {
        if (c == ':' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    return out;
}

} // namespace pgpilot
