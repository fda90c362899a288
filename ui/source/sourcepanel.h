// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "model/model.h"
#include "sourcelocator.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class QsciScintilla;

namespace tw::ui {

class StatusBadge;

/**
 * The content of the "Source" dock: the artifact behind a piece of evidence, opened at its line
 * with a marker on it, highlighted for its language, read-only by default.
 *
 * Edit (F2) makes the file editable when it is one of the shown version's imported inputs of a
 * kind the importer maps (OpenAPI specs, Terraform, compose files, Kubernetes manifests,
 * Dockerfiles, package manifests) and the project can be written; any other file is never
 * edited. Save (Ctrl+S) writes through a temporary file renamed over the original, and refuses
 * when the file changed on disk since it was opened; the window then re-imports it as a new
 * version. Showing another file while edits are unsaved asks to save or discard them first.
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
    /** Empties the panel and shows `message` (unsaved edits are dropped: ask first, see maybeLeave()). */
    void clear(const QString &message = {});

    // Editing ------------------------------------------------------------------------------------
    /** Whether the project can be written and no import is running (the window says). */
    void setEditingAllowed(bool allowed);
    /** Whether the shown file may be edited: an imported input of an editable kind, project writable. */
    bool canEdit() const;
    /** Enters (or leaves) edit mode; returns whether the panel is in the asked mode afterwards. */
    bool setEditing(bool editing);
    bool isEditing() const { return m_editing; }
    /** Whether there are unsaved edits. */
    bool isModified() const;
    /**
     * Writes the edited text (temporary file, then rename) and leaves edit mode; emits saved().
     * Refused, with nothing written, when the file changed on disk since it was opened.
     */
    Result<void> save();
    /** Drops the edits: the text as opened comes back and the panel is read-only again. */
    void discard();
    /**
     * Before the panel shows something else: with unsaved edits, asks to save, discard or
     * cancel. Returns whether the caller may go on (false: cancelled, or the save failed).
     */
    bool maybeLeave();
    /** Shows that the saved file is being re-imported (`percent` < 0: done). */
    void setReimportProgress(int percent);

    QAction *editAction() const { return m_editAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *discardAction() const { return m_discardAction; }
    /** The kinds of input (InputDigest::kind) that can be edited here. */
    static bool isEditableKind(const QString &kind);

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
    /** An edited input was written to `path` (absolute): time to re-import it. */
    void saved(const QString &path);
    /** Saving failed; `message` says why (nothing was written). */
    void saveFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void locateFolder();
    void applyPalette();
    void markLine(int line, int column);
    void updateEditState();
    void showReadOnlyBadge();

    SourceLocator m_locator;
    QLineEdit *m_title;
    StatusBadge *m_badge;
    QToolButton *m_locate;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QsciScintilla *m_editor;
    QString m_path;
    SourceRef m_source;
    SourceRef m_pending; ///< the evidence a Locate Folder… retries
    bool m_changed = false;
    QToolButton *m_editButton;
    QToolButton *m_saveButton;
    QToolButton *m_discardButton;
    QAction *m_editAction;
    QAction *m_saveAction;
    QAction *m_discardAction;
    QByteArray m_openedDigest; ///< SHA-256 of the bytes opened (or last saved): the on-disk check
    QString m_openedText;      ///< the text as opened, for discard()
    bool m_editing = false;
    bool m_editingAllowed = false;
};

} // namespace tw::ui
