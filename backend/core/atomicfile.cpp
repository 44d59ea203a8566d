// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace pgpilot {

bool writeFileAtomically(
    const QString& path, const QByteArray& data, QString* error, QFileDevice::Permissions permissions)
{
    auto fail = [&](const QString& why) {
        if (error)
            *error
                = QCoreApplication::translate("pgpilot::AtomicFile", "Could not save %1: %2").arg(path, why);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(QCoreApplication::translate("pgpilot::AtomicFile", "it is a directory."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (permissions && !file.setPermissions(permissions)) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace pgpilot
