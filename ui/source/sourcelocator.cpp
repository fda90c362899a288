// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelocator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace tw::ui {
namespace {

// lupdate files the Tr::tr() strings under this context, the one they are looked up in at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::SourceLocator)
};

bool isInside(const QString &path, const QString &root)
{
    const QString cleanRoot = QDir::cleanPath(root);
    return path == cleanRoot || path.startsWith(cleanRoot.endsWith(QLatin1Char('/')) ? cleanRoot : cleanRoot + QLatin1Char('/'));
}

} // namespace

void SourceLocator::setProject(const QString &projectPath, const QList<InputDigest> &inputs)
{
    const QString clean = projectPath.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(projectPath).absoluteFilePath());
    if (clean != m_projectPath)
        m_sessionRoots.clear();
    m_projectPath = clean;
    m_inputs = inputs;
}

QString SourceLocator::settingsKey() const
{
    // One entry per project file, keyed by a digest of its path (paths make poor settings keys).
    const QByteArray digest = QCryptographicHash::hash(m_projectPath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("SourceFolders/") + QString::fromLatin1(digest);
}

QStringList SourceLocator::roots() const
{
    if (m_projectPath.isEmpty())
        return {};
    QStringList roots = m_sessionRoots;
    roots.append(QSettings().value(settingsKey()).toStringList());
    roots.append(QFileInfo(m_projectPath).absolutePath());
    roots.removeDuplicates();
    return roots;
}

void SourceLocator::addRoot(const QString &folder, bool remember)
{
    if (m_projectPath.isEmpty() || folder.isEmpty())
        return;
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (!remember) {
        m_sessionRoots.removeAll(clean);
        m_sessionRoots.prepend(clean);
        return;
    }
    QStringList remembered = QSettings().value(settingsKey()).toStringList();
    remembered.removeAll(clean);
    remembered.prepend(clean);
    while (remembered.size() > 8)
        remembered.removeLast();
    QSettings().setValue(settingsKey(), remembered);
}

void SourceLocator::clearRoots()
{
    m_sessionRoots.clear();
    if (!m_projectPath.isEmpty())
        QSettings().remove(settingsKey());
}

Result<QString> SourceLocator::locate(const SourceRef &source) const
{
    if (!source.isValid())
        return makeError(Tr::tr("This element has no source location"));
    const QStringList folders = roots();
    if (QDir::isAbsolutePath(source.file)) {
        const QString clean = QDir::cleanPath(source.file);
        for (const QString &root : folders) {
            if (isInside(clean, root) && QFileInfo(clean).isFile())
                return clean;
        }
        return makeError(Tr::tr("%1 is outside the project's source folders").arg(source.file));
    }
    for (const QString &root : folders) {
        const QString candidate = QDir::cleanPath(QDir(root).filePath(source.file));
        if (!isInside(candidate, root))
            return makeError(Tr::tr("%1 points outside its source folder; it is not opened").arg(source.file));
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return makeError(Tr::tr("%1 was not found in %2. Choose the folder it was imported from with “Locate Folder…”.")
                         .arg(source.file, folders.isEmpty() ? Tr::tr("any source folder") : folders.join(QStringLiteral(", "))));
}

QString SourceLocator::recordedDigest(const QString &relativeFile) const
{
    const auto input = recordedInput(relativeFile);
    return input ? input->digest : QString();
}

std::optional<InputDigest> SourceLocator::recordedInput(const QString &relativeFile) const
{
    for (const InputDigest &input : m_inputs) {
        if (input.path == relativeFile)
            return input;
    }
    return std::nullopt;
}

} // namespace tw::ui
