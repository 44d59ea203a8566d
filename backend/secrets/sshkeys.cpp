// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshkeys.h"

#include <libssh/libssh.h>

namespace pgpilot {

QByteArray generateSshPrivateKey()
{
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK)
        return {};
    char* text = nullptr;
    QByteArray out;
    if (ssh_pki_export_privkey_base64(key, nullptr, nullptr, nullptr, &text) == SSH_OK) {
        out = QByteArray(text);
        ssh_string_free_char(text);
    }
    ssh_key_free(key);
    return out;
}

QByteArray sshPublicKeyOf(const QByteArray& privateKey)
{
    ssh_key key = nullptr;
    const QByteArray text = privateKey.trimmed();
    if (text.isEmpty()
        || ssh_pki_import_privkey_base64(text.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK)
        return {};
    QByteArray out;
    char* b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) == SSH_OK) {
        out = QByteArray(ssh_key_type_to_char(ssh_key_type(key))) + ' ' + QByteArray(b64);
        ssh_string_free_char(b64);
    }
    ssh_key_free(key);
    return out;
}

} // namespace pgpilot
