// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesecretstore.h"

#include "core/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

namespace pgpilot {

FileSecretStore::FileSecretStore(QString path, QObject* parent)
    : MemorySecretStore(parent)
    , m_path(std::move(path))
{ }

bool FileSecretStore::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return true; // created on the first write
    const auto perms = QFileInfo(m_path).permissions();
    if (perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        *error = tr("%1 can be read by other users; make it private first (chmod 600 %1).").arg(m_path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_path, file.errorString());
        return false;
    }
    // Values may span lines (an SSH private key): a line with '=' after a key-like prefix
    // starts an entry, other lines continue the previous value.
    QString key;
    QByteArray value;
    auto flush = [&] {
        if (!key.isEmpty()) {
            if (value.endsWith('\n'))
                value.chop(1);
            writeNow(key, value);
            m_order << key;
        }
        value.fill('\0');
        value.clear();
    };
    int lineNumber = 0;
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        ++lineNumber;
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith("pgpilot:") && eq > 0) {
            flush();
            key = QString::fromUtf8(line.left(eq));
            value = line.mid(eq + 1);
        } else if (!key.isEmpty()) {
            value += line;
        } else if (!line.trimmed().isEmpty()) {
            // Never quote the line: it may be a password pasted on its own.
            *error = tr("%1, line %2: not a pgpilot:<cluster>:<what>=value entry (and no entry "
                        "before it to continue); fix or remove that line.")
                         .arg(m_path)
                         .arg(lineNumber);
            line.fill('\0');
            flush();
            return false;
        }
        line.fill('\0');
    }
    flush();
    file.close();
    const QFileInfo info(m_path);
    m_loadedTime = info.lastModified();
    m_loadedSize = info.size();
    return true;
}

void FileSecretStore::reloadIfChanged()
{
    const QFileInfo info(m_path);
    if (!info.exists() || (info.lastModified() == m_loadedTime && info.size() == m_loadedSize))
        return;
    const QStringList before = m_order;
    QHash<QString, QByteArray> kept;
    for (const QString& key : before)
        kept.insert(key, readNow(key).value);
    for (const QString& key : before)
        removeNow(key);
    m_order.clear();
    QString error;
    if (!load(&error)) {
        // keep what was known; the error stays the file's own (never a value)
        for (const QString& key : std::as_const(m_order))
            removeNow(key); // what the failed load had read so far
        m_order = before;
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            writeNow(it.key(), it.value());
    }
    for (auto& v : kept)
        v.fill('\0');
}

void FileSecretStore::read(const QString& key, Callback done)
{
    reloadIfChanged();
    MemorySecretStore::read(key, std::move(done));
}

bool FileSecretStore::save(QString* error)
{
    QByteArray out;
    for (const QString& key : std::as_const(m_order)) {
        const Result r = readNow(key);
        if (r.status == Status::Ok)
            out += key.toUtf8() + '=' + r.value + '\n';
    }
    const bool ok = writeFileAtomically(m_path, out, error, QFile::ReadOwner | QFile::WriteOwner);
    out.fill('\0');
    if (ok) {
        const QFileInfo info(m_path);
        m_loadedTime = info.lastModified();
        m_loadedSize = info.size();
    }
    return ok;
}

void FileSecretStore::saveAndReply(const Callback& done)
{
    QString error;
    const bool ok = save(&error);
    if (!done)
        return;
    Result result {ok ? Status::Ok : Status::Failed, {}, error};
    QMetaObject::invokeMethod(
        this, [done, result] { done(result); }, Qt::QueuedConnection);
}

void FileSecretStore::remove(const QString& key, Callback done)
{
    // Gone from the file too, at once: a removed secret must not come back on the next load.
    reloadIfChanged(); // another process's entries are kept
    removeNow(key);
    m_order.removeAll(key);
    saveAndReply(done);
}

void FileSecretStore::write(const QString& key, const QByteArray& value, Callback done)
{
    reloadIfChanged(); // another process's entries are kept
    writeNow(key, value);
    if (!m_order.contains(key))
        m_order << key;
    saveAndReply(done);
}

} // namespace pgpilot
