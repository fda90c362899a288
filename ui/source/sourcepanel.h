// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"
#include "sourcelocator.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;
class QsciScintilla;

namespace tw::ui {

class StatusBadge;

/**
 * The content of the "Source" dock: the artifact behind a piece of evidence, opened at its line
 * with a marker on it, highlighted for its language, read-only.
 *
 * Files are found through a SourceLocator (the project's source folders). A file whose content
 * no longer matches the digest the version recorded is shown with a warning: the line may have
 * moved since the import.
 */
class SourcePanel : public QWidget
{
    Q_OBJECT

public:
    /** Files larger than this are not opened (the evidence is a line; the file is a log). */
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    explicit SourcePanel(QWidget *parent = nullptr);

    /** The project and the shown version's inputs (for their digests); empty path: none. */
    void setProject(const QString &projectPath, const QList<InputDigest> &inputs = {});
    SourceLocator &locator() { return m_locator; }

    /**
     * Opens the file of `source` and marks its line. Returns false (and says why in the panel)
     * when the file cannot be found or read.
     */
    bool showSource(const SourceRef &source);
    /** Empties the panel and shows `message`. */
    void clear(const QString &message = {});

    /** The absolute path shown; empty when none. */
    QString currentPath() const { return m_path; }
    /** The evidence shown (its file is relative as the model names it). */
    SourceRef currentSource() const { return m_source; }
    /** The 1-based line the marker is on; 0 when none. */
    int markedLine() const;
    /** The lexer's language ("YAML", "HCL" …); empty for plain text. */
    QString language() const;
    /** Whether the file changed since the version was imported (digest differs). */
    bool changedSinceImport() const { return m_changed; }
    QsciScintilla *editor() const { return m_editor; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /** A source folder was chosen for the project (by the user, through Locate Folder…). */
    void sourceFolderAdded(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void locateFolder();
    void applyPalette();
    void markLine(int line, int column);

    SourceLocator m_locator;
    QLabel *m_title;
    StatusBadge *m_badge;
    QToolButton *m_locate;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QsciScintilla *m_editor;
    QString m_path;
    SourceRef m_source;
    SourceRef m_pending; ///< the evidence a Locate Folder… retries
    bool m_changed = false;
};

} // namespace tw::ui
