// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsca.h"

#include <QHostAddress>

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <vector>

namespace pgpilot::tls {

namespace {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T* p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Ext = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Num = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Store = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
using Names = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;

QString opensslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QString::fromLatin1(what);
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLatin1(buf));
}

Key newKey()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, n) : QByteArray();
}

QByteArray keyPem(EVP_PKEY* key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray certPem(X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

Cert readCert(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

// Every certificate of a PEM file, in order (a leaf and its intermediates, or a CA bundle).
std::vector<Cert> readCerts(const QByteArray& pem)
{
    std::vector<Cert> certs;
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (bio) {
        Cert c(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!c)
            break;
        certs.push_back(std::move(c));
    }
    ERR_clear_error(); // the end of the file reads as an error
    return certs;
}

Key readKey(const QByteArray& pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

// A random positive 159-bit serial (RFC 5280 allows up to 20 octets).
bool setRandomSerial(X509* cert)
{
    unsigned char bytes[20];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x40; // never a short serial
    Num bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addExt(X509* cert, X509V3_CTX* ctx, int nid, const QByteArray& value)
{
    Ext ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME* name, const QString& cn)
{
    const QByteArray org = QByteArrayLiteral("pgpilot");
    const QByteArray common = cn.toUtf8();
    return X509_NAME_add_entry_by_txt(
               name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(org.constData()), -1, -1, 0)
        == 1
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char*>(common.constData()), -1, -1, 0)
        == 1;
}

// A certificate skeleton: version 3, random serial, valid from an hour ago (clock skew between
// the workstation and the nodes) for validDays.
Cert newCert(EVP_PKEY* key, const QString& cn, int validDays)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get())
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 24 * 3600)
        || X509_set_pubkey(cert.get(), key) != 1 || !setName(X509_get_subject_name(cert.get()), cn))
        return nullptr;
    return cert;
}

QDateTime asnTime(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

} // namespace

Issued createCa(const QString& cluster, int validDays)
{
    Issued out;
    Key key = newKey();
    if (!key) {
        out.error = opensslError("cannot generate the CA key");
        return out;
    }
    Cert cert = newCert(key.get(), QStringLiteral("pgpilot CA %1").arg(cluster), validDays);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())) != 1) {
        out.error = opensslError("cannot build the CA certificate");
        return out;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExt(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExt(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExt(cert.get(), &ctx, NID_subject_key_identifier, "hash")
        || X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        out.error = opensslError("cannot sign the CA certificate");
        return out;
    }
    out.certPem = certPem(cert.get());
    out.keyPem = keyPem(key.get());
    if (!out.ok() && out.error.isEmpty())
        out.error = opensslError("cannot write the CA as PEM");
    return out;
}

Issued issueNodeCertificate(const QByteArray& caCertPem, const QByteArray& caKeyPem, const QString& nodeName,
    const QStringList& addresses, int validDays)
{
    Issued out;
    Cert ca = readCert(caCertPem);
    Key caKey = readKey(caKeyPem);
    if (!ca || !caKey || X509_check_private_key(ca.get(), caKey.get()) != 1) {
        out.error = opensslError("the cluster CA's certificate and key do not form a pair");
        return out;
    }
    // Only the characters a node name and an address may have reach OpenSSL's name syntax.
    QStringList sans {QStringLiteral("DNS:") + nodeName};
    for (const QString& a : addresses) {
        QHostAddress parsed;
        if (a.isEmpty())
            continue;
        if (!parsed.setAddress(a)) {
            out.error = QStringLiteral("not an IP address: %1").arg(a);
            return out;
        }
        const QString ip = QStringLiteral("IP:") + parsed.toString();
        if (!sans.contains(ip))
            sans << ip;
    }
    for (const QChar c : nodeName) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_') || c.unicode() > 127) {
            out.error = QStringLiteral("not a host name: %1").arg(nodeName);
            return out;
        }
    }
    Key key = newKey();
    if (!key) {
        out.error = opensslError("cannot generate the node key");
        return out;
    }
    Cert cert = newCert(key.get(), nodeName, validDays);
    if (!cert || X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get())) != 1) {
        out.error = opensslError("cannot build the node certificate");
        return out;
    }
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, ca.get(), cert.get(), nullptr, nullptr, 0);
    if (!addExt(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
        || !addExt(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature")
        || !addExt(cert.get(), &ctx, NID_ext_key_usage, "serverAuth,clientAuth")
        || !addExt(cert.get(), &ctx, NID_subject_key_identifier, "hash")
        || !addExt(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always")
        || !addExt(cert.get(), &ctx, NID_subject_alt_name, sans.join(u',').toLatin1())
        || X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0) {
        out.error = opensslError("cannot sign the node certificate");
        return out;
    }
    out.certPem = certPem(cert.get());
    out.keyPem = keyPem(key.get());
    if (!out.ok() && out.error.isEmpty())
        out.error = opensslError("cannot write the node certificate as PEM");
    return out;
}

CertificateInfo inspect(const QByteArray& pem)
{
    CertificateInfo info;
    Cert cert = readCert(pem);
    if (!cert) {
        info.error = opensslError("not a PEM certificate");
        return info;
    }
    char cn[256] = {};
    if (X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, sizeof cn) > 0)
        info.subjectCn = QString::fromUtf8(cn);
    char issuer[256] = {};
    if (X509_NAME_get_text_by_NID(X509_get_issuer_name(cert.get()), NID_commonName, issuer, sizeof issuer)
        > 0)
        info.issuerCn = QString::fromUtf8(issuer);
    info.notBefore = asnTime(X509_get0_notBefore(cert.get()));
    info.notAfter = asnTime(X509_get0_notAfter(cert.get()));
    info.isCa = X509_check_ca(cert.get()) != 0;
    if (Num bn {ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr)}) {
        if (char* hex = BN_bn2hex(bn.get())) {
            info.serialHex = QByteArray(hex);
            OPENSSL_free(hex);
        }
    }
    Names names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* n = sk_GENERAL_NAME_value(names.get(), i);
        if (n->type == GEN_DNS) {
            info.dnsNames << QString::fromLatin1(
                reinterpret_cast<const char*>(ASN1_STRING_get0_data(n->d.dNSName)),
                ASN1_STRING_length(n->d.dNSName));
        } else if (n->type == GEN_IPADD) {
            const int len = ASN1_STRING_length(n->d.iPAddress);
            const unsigned char* d = ASN1_STRING_get0_data(n->d.iPAddress);
            QHostAddress a;
            if (len == 4)
                a.setAddress(quint32((d[0] << 24) | (d[1] << 16) | (d[2] << 8) | d[3]));
            else if (len == 16)
                a.setAddress(d);
            info.ipAddresses << a.toString();
        }
    }
    ERR_clear_error();
    return info;
}

bool keyMatches(const QByteArray& certPem, const QByteArray& keyPem)
{
    Cert cert = readCert(certPem);
    Key key = readKey(keyPem);
    const bool ok = cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return ok;
}

QString verify(const QByteArray& certPem, const QByteArray& caCertPem)
{
    std::vector<Cert> chain = readCerts(certPem);
    const std::vector<Cert> roots = readCerts(caCertPem);
    if (chain.empty() || roots.empty())
        return QStringLiteral("not a PEM certificate");
    struct StackFree
    {
        void operator()(STACK_OF(X509) * s) const
        {
            sk_X509_free(s);
        } // frees the stack, not its certificates
    };
    using Stack = std::unique_ptr<STACK_OF(X509), StackFree>;
    Stack untrusted(sk_X509_new_null());
    Store store(X509_STORE_new());
    StoreCtx ctx(X509_STORE_CTX_new());
    if (!untrusted || !store || !ctx)
        return opensslError("cannot set up the verification");
    for (const Cert& root : roots) {
        if (X509_STORE_add_cert(store.get(), root.get()) != 1)
            return opensslError("cannot set up the verification");
    }
    // The certificates after the first are intermediates the server sends with it: usable to
    // build the path, trusted only when it ends at one of the roots.
    for (size_t i = 1; i < chain.size(); ++i)
        sk_X509_push(untrusted.get(), chain[i].get());
    if (X509_STORE_CTX_init(ctx.get(), store.get(), chain.front().get(), untrusted.get()) != 1)
        return opensslError("cannot set up the verification");
    if (X509_verify_cert(ctx.get()) == 1)
        return {};
    return QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
}

} // namespace pgpilot::tls
