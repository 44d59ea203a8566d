// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace pgpilot {

class SecretMasker;

// Masks what looks like a secret in a text that leaves pgpilot (the history, an incident bundle):
// the values the masker knows (the audit log's masking), then, whatever their value, the value of
// password=, passwd=, pwd=, secret=, token=, api_key= (also with ':' and in JSON, any case, any
// prefix such as PGPASSWORD= or client_secret:), the user information of a URL
// (scheme://user:pass@host) and a URL's query (?...): each becomes "****".
QString maskSecretText(const QString& text, const SecretMasker* masker = nullptr);
// Every string in a JSON value (keys stay), masked as above.
QJsonValue maskSecretJson(const QJsonValue& value, const SecretMasker* masker = nullptr);

} // namespace pgpilot
