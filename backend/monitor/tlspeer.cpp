// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspeer.h"

#include <QTimeZone>

#include <ctime>
#include <libpq-fe.h>
#include <openssl/asn1.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace pgpilot {

namespace {

QDateTime toDateTime(const ASN1_TIME* time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
        QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

QString commonName(X509* cert)
{
    const X509_NAME* subject = X509_get_subject_name(cert);
    const int index = subject ? X509_NAME_get_index_by_NID(subject, NID_commonName, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
    unsigned char* utf8 = nullptr;
    const int length = data ? ASN1_STRING_to_UTF8(&utf8, data) : -1;
    if (length < 0)
        return {};
    QString name = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return name;
}

} // namespace

TlsPeer readTlsPeer(pg_conn* conn)
{
    TlsPeer peer;
    if (!conn || PQstatus(conn) != CONNECTION_OK || !PQsslInUse(conn))
        return peer;
    peer.inUse = true;
    if (const char* protocol = PQsslAttribute(conn, "protocol"))
        peer.protocol = QString::fromUtf8(protocol);
    auto* ssl = static_cast<SSL*>(PQsslStruct(conn, "OpenSSL"));
    X509* cert = ssl ? SSL_get1_peer_certificate(ssl) : nullptr;
    if (!cert)
        return peer;
    peer.certificateName = commonName(cert);
    peer.certificateNotAfter = toDateTime(X509_get0_notAfter(cert));
    X509_free(cert);
    return peer;
}

} // namespace pgpilot
