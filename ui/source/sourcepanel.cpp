// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepanel.h"

#include "sourcelexers.h"
#include "statusbadge.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

namespace tw::ui {
namespace {

constexpr int EvidenceArrow = 1; ///< marker number: the arrow in the margin
constexpr int EvidenceLine = 2;  ///< marker number: the line's background
constexpr int LineNumberMargin = 0;
constexpr int MarkerMargin = 1;
constexpr int ContextLines = 6; ///< lines shown above the evidence

/** Background of the evidence line: the highlight colour, faint enough to read text through. */
QColor evidenceBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const double a = 0.28;
    return QColor::fromRgbF(base.redF() * (1 - a) + highlight.redF() * a, base.greenF() * (1 - a) + highlight.greenF() * a,
                            base.blueF() * (1 - a) + highlight.blueF() * a);
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_badge(new StatusBadge(this))
    , m_locate(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_editor(new QsciScintilla(this))
    , m_editButton(new QToolButton(this))
    , m_saveButton(new QToolButton(this))
    , m_discardButton(new QToolButton(this))
    , m_editAction(new QAction(tr("&Edit Source File"), this))
    , m_saveAction(new QAction(tr("&Save Source File"), this))
    , m_discardAction(new QAction(tr("&Discard Source Changes"), this))
{
    // The file and line, selectable. A read-only line edit, not a label: a label's new text
    // re-lays out the whole main window (QLabel::setText() always asks for new geometry), twice
    // on every triage key that moves to another threat.
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setReadOnly(true);
    m_title->setFrame(false);
    m_title->setFocusPolicy(Qt::ClickFocus);
    m_title->setAccessibleName(tr("Source location"));
    QPalette titleColours = m_title->palette();
    titleColours.setColor(QPalette::Base, Qt::transparent);
    m_title->setPalette(titleColours);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badge->setObjectName(QStringLiteral("sourceBadge"));

    m_locate->setObjectName(QStringLiteral("sourceLocateButton"));
    m_locate->setText(tr("Locate Folder…"));
    m_locate->setToolTip(tr("Choose the folder the project's inputs were imported from"));
    m_locate->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_locate, &QToolButton::clicked, this, &SourcePanel::locateFolder);

    m_message->setObjectName(QStringLiteral("sourceMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(16);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_editor->setObjectName(QStringLiteral("sourceEditor"));
    m_editor->setReadOnly(true);
    m_editor->setUtf8(true);
    m_editor->setAccessibleName(tr("Source"));
    m_editor->setMarginType(LineNumberMargin, QsciScintilla::NumberMargin);
    m_editor->setMarginType(MarkerMargin, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(MarkerMargin, 16);
    m_editor->setMarginMarkerMask(MarkerMargin, 1 << EvidenceArrow);
    m_editor->setMarginMarkerMask(LineNumberMargin, 0);
    m_editor->markerDefine(QsciScintilla::RightArrow, EvidenceArrow);
    m_editor->markerDefine(QsciScintilla::Background, EvidenceLine);
    m_editor->setFolding(QsciScintilla::NoFoldStyle);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setCaretLineVisible(false);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_editor);

    // The actions work from anywhere in the window (the main window puts them in its Edit menu).
    m_editAction->setObjectName(QStringLiteral("actionEditSource"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setCheckable(true);
    m_editAction->setStatusTip(tr("Edit the shown spec, Terraform, compose or manifest file; saving re-imports it"));
    connect(m_editAction, &QAction::triggered, this, [this](bool on) {
        setEditing(on);
        if (m_editing)
            m_editor->setFocus(Qt::ShortcutFocusReason);
    });
    m_saveAction->setObjectName(QStringLiteral("actionSaveSource"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Write the edited file and re-import it as a new version"));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (auto r = save(); !r)
            Q_EMIT saveFailed(r.errorString());
    });
    m_discardAction->setObjectName(QStringLiteral("actionDiscardSource"));
    m_discardAction->setStatusTip(tr("Drop the edits and show the file as it is on disk"));
    connect(m_discardAction, &QAction::triggered, this, &SourcePanel::discard);
    for (QAction *action : {m_editAction, m_saveAction, m_discardAction})
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                          action->shortcut().toString(QKeySequence::NativeText)));
    m_discardAction->setToolTip(m_discardAction->statusTip());
    // Short labels on the panel's buttons; the menu shows the full texts.
    m_editAction->setIconText(tr("Edit"));
    m_saveAction->setIconText(tr("Save"));
    m_discardAction->setIconText(tr("Discard"));
    m_editButton->setObjectName(QStringLiteral("sourceEditButton"));
    m_editButton->setDefaultAction(m_editAction);
    m_saveButton->setObjectName(QStringLiteral("sourceSaveButton"));
    m_saveButton->setDefaultAction(m_saveAction);
    m_discardButton->setObjectName(QStringLiteral("sourceDiscardButton"));
    m_discardButton->setDefaultAction(m_discardAction);
    for (QToolButton *button : {m_editButton, m_saveButton, m_discardButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_editor, &QsciScintilla::modificationChanged, this, &SourcePanel::updateEditState);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_badge);
    top->addWidget(m_locate);
    top->addWidget(m_editButton);
    top->addWidget(m_saveButton);
    top->addWidget(m_discardButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    applyPalette();
    clear();
}

bool SourcePanel::isEditableKind(const QString &kind)
{
    static const QStringList editable = {QStringLiteral("openapi"),    QStringLiteral("terraform"),
                                         QStringLiteral("compose"),    QStringLiteral("kubernetes"),
                                         QStringLiteral("dockerfile"), QStringLiteral("dependencies")};
    return editable.contains(kind);
}

void SourcePanel::setEditingAllowed(bool allowed)
{
    m_editingAllowed = allowed;
    updateEditState();
}

bool SourcePanel::canEdit() const
{
    if (!m_editingAllowed || m_path.isEmpty() || m_stack->currentWidget() != m_editor)
        return false;
    // Only what the version was built from, and only kinds the importer maps: a file outside
    // the project's inputs is never edited here.
    const auto input = m_locator.recordedInput(m_source.file);
    return input && isEditableKind(input->kind);
}

bool SourcePanel::isModified() const
{
    return m_editing && m_editor->isModified();
}

bool SourcePanel::setEditing(bool editing)
{
    if (editing && !canEdit()) {
        updateEditState();
        return false;
    }
    if (!editing && isModified())
        discard();
    m_editing = editing;
    m_editor->setReadOnly(!editing);
    m_editor->setCaretLineVisible(editing);
    if (!editing)
        m_editor->setModified(false);
    updateEditState();
    return true;
}

void SourcePanel::updateEditState()
{
    const bool editable = canEdit();
    m_editAction->setEnabled(editable || m_editing);
    m_editAction->setChecked(m_editing);
    m_saveAction->setEnabled(m_editing && m_editor->isModified() && m_editingAllowed);
    m_discardAction->setEnabled(m_editing);
    m_editButton->setVisible(editable || m_editing);
    m_saveButton->setVisible(m_editing);
    m_discardButton->setVisible(m_editing);
    if (m_editing) {
        m_badge->setStatus(StatusBadge::Tone::Caution, m_editor->isModified() ? tr("Editing — unsaved") : tr("Editing"));
        m_badge->setToolTip(tr("Ctrl+S writes the file and re-imports it as a new version."));
    } else if (!m_path.isEmpty() && m_stack->currentWidget() == m_editor) {
        showReadOnlyBadge();
    }
}

void SourcePanel::showReadOnlyBadge()
{
    if (m_changed) {
        m_badge->setStatus(StatusBadge::Tone::Caution, tr("Changed since import"));
        m_badge->setToolTip(tr("The file's content differs from the version's recorded digest; the line may have moved."));
    } else {
        m_badge->setStatus(StatusBadge::Tone::Neutral, tr("Read-only"));
        m_badge->setToolTip(canEdit() ? tr("F2 edits this file") : QString());
    }
}

Result<void> SourcePanel::save()
{
    if (!m_editing)
        return makeError(tr("The source is not being edited."));
    if (!canEdit())
        return makeError(tr("%1 cannot be edited here now (it is not an imported input, the project is read-only, "
                            "or an import is running).")
                             .arg(QDir::toNativeSeparators(m_source.file)));
    const QString shown = QDir::toNativeSeparators(m_path);
    // Someone else's change wins: never overwrite what changed on disk since it was opened.
    {
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly))
            return makeError(tr("%1 cannot be read any more (%2); nothing was written.").arg(shown, current.errorString()));
        if (sha256(current.readAll()) != m_openedDigest)
            return makeError(tr("%1 changed on disk since it was opened here; nothing was written. Copy your edits, "
                                "discard them, and edit the file as it is now.")
                                 .arg(shown));
    }
    const QByteArray bytes = m_editor->text().toUtf8();
    // QSaveFile writes a temporary file beside it and renames it over the original on commit:
    // a crash or a full disk leaves the old file whole.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(tr("%1 could not be saved: %2; the file on disk is unchanged.").arg(shown, file.errorString()));
    m_openedDigest = sha256(bytes);
    m_openedText = m_editor->text();
    m_changed = true; // differs from the version until the re-import records it
    m_editor->setModified(false);
    setEditing(false);
    Q_EMIT saved(m_path);
    return {};
}

void SourcePanel::discard()
{
    if (!m_editing)
        return;
    const int line = m_source.line;
    m_editor->setText(m_openedText);
    m_editor->setModified(false);
    m_editing = false;
    m_editor->setReadOnly(true);
    m_editor->setCaretLineVisible(false);
    markLine(line, m_source.column);
    updateEditState();
}

bool SourcePanel::maybeLeave()
{
    if (!m_editing)
        return true;
    if (!m_editor->isModified()) {
        setEditing(false);
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Source Edits"),
                    tr("%1 has unsaved edits. Save them (and re-import), or discard them?")
                        .arg(QDir::toNativeSeparators(m_source.file)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("sourceUnsavedBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (auto r = save(); !r) {
            Q_EMIT saveFailed(r.errorString());
            return false;
        }
        return true;
    case QMessageBox::Discard:
        discard();
        return true;
    default:
        return false;
    }
}

void SourcePanel::setReimportProgress(int percent)
{
    if (m_editing)
        return;
    if (percent >= 0) {
        m_badge->setStatus(StatusBadge::Tone::Neutral, tr("Re-importing… %1%").arg(percent));
        m_badge->setToolTip(tr("The saved file is imported again in the background; a new version follows."));
    } else if (!m_path.isEmpty()) {
        showReadOnlyBadge();
    }
}

void SourcePanel::setProject(const QString &projectPath, const QList<InputDigest> &inputs)
{
    const bool sameProject = QDir::cleanPath(QFileInfo(projectPath).absoluteFilePath()) == m_locator.projectPath();
    m_locator.setProject(projectPath, inputs);
    if (!sameProject || projectPath.isEmpty()) {
        clear();
        return;
    }
    // A new version of the same project (after a save, its re-import): the file may match again.
    if (!m_path.isEmpty() && !inputs.isEmpty()) {
        const QString recorded = m_locator.recordedDigest(m_source.file);
        m_changed = !recorded.isEmpty() && recorded != QStringLiteral("sha256:") + QString::fromLatin1(m_openedDigest.toHex());
    }
    updateEditState();
}

void SourcePanel::clear(const QString &message)
{
    m_editing = false;
    m_editor->setReadOnly(true);
    m_editor->setCaretLineVisible(false);
    m_path.clear();
    m_source = SourceRef();
    m_changed = false;
    m_title->clear();
    m_badge->setStatus(StatusBadge::Tone::Neutral, QString());
    m_locate->setVisible(!m_locator.projectPath().isEmpty());
    m_editor->clear();
    const QString text = message.isEmpty() ? tr("Select a threat or an element, or click an evidence location, to see "
                                                "its source here.")
                                           : message;
    if (m_message->text() != text) // a word-wrapped label's new text re-lays out the window
        m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateEditState();
}

bool SourcePanel::showSource(const SourceRef &source)
{
    auto located = m_locator.locate(source);
    // Another file replaces the text: unsaved edits are saved or dropped first, never lost.
    if (m_editing && (!located || *located != m_path) && !maybeLeave())
        return false;
    m_pending = source;
    if (!located) {
        clear(located.errorString());
        m_title->setText(source.toString());
        m_locate->show();
        return false;
    }
    const QString path = *located;
    if (path != m_path) {
        QFile file(path);
        if (file.size() > MaxFileSize) {
            clear(tr("%1 is too large to show here (%2 MB).").arg(source.file).arg(file.size() / (1024 * 1024)));
            return false;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            clear(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return false;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.left(8192).contains('\0')) {
            clear(tr("%1 is a binary file.").arg(source.file));
            return false;
        }
        const QString recorded = m_locator.recordedDigest(source.file);
        m_openedDigest = sha256(bytes);
        m_changed = !recorded.isEmpty() && recorded != QStringLiteral("sha256:") + QString::fromLatin1(m_openedDigest.toHex());
        QsciLexer *old = m_editor->lexer();
        m_editor->setLexer(createLexer(path, m_editor));
        delete old;
        applyPalette();
        m_openedText = QString::fromUtf8(bytes);
        m_editor->setText(m_openedText);
        m_editor->setModified(false);
        m_path = path;
    }
    m_source = source;
    m_title->setText(source.line > 0 ? tr("%1, line %2").arg(QDir::toNativeSeparators(source.file)).arg(source.line)
                                     : QDir::toNativeSeparators(source.file));
    m_title->setToolTip(QDir::toNativeSeparators(path));
    m_locate->hide();
    m_stack->setCurrentWidget(m_editor);
    markLine(source.line, source.column);
    updateEditState();
    return true;
}

void SourcePanel::markLine(int line, int column)
{
    m_editor->markerDeleteAll(EvidenceArrow);
    m_editor->markerDeleteAll(EvidenceLine);
    if (line <= 0 || line > m_editor->lines()) {
        m_editor->setFirstVisibleLine(0);
        return;
    }
    const int index = line - 1; // Scintilla counts lines from 0
    m_editor->markerAdd(index, EvidenceArrow);
    m_editor->markerAdd(index, EvidenceLine);
    m_editor->setCursorPosition(index, std::max(0, column - 1));
    m_editor->setFirstVisibleLine(std::max(0, index - ContextLines));
    m_editor->ensureLineVisible(index);
}

int SourcePanel::markedLine() const
{
    const int index = m_editor->markerFindNext(0, 1 << EvidenceLine);
    return index < 0 ? 0 : index + 1;
}

QString SourcePanel::language() const
{
    QsciLexer *lexer = m_editor->lexer();
    return lexer ? QString::fromLatin1(lexer->language()) : QString();
}

void SourcePanel::locateFolder()
{
    const QString start = m_locator.roots().value(0, QDir::homePath());
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Locate the Source Folder"), start);
    if (folder.isEmpty())
        return;
    m_locator.addRoot(folder);
    Q_EMIT sourceFolderAdded(folder);
    if (m_pending.isValid())
        showSource(m_pending);
}

void SourcePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SourcePanel::applyPalette()
{
    const QPalette pal = palette();
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (QsciLexer *lexer = m_editor->lexer()) {
        adaptLexerToPalette(lexer, pal, font);
    } else {
        m_editor->setFont(font);
        m_editor->setPaper(pal.color(QPalette::Base));
        m_editor->setColor(pal.color(QPalette::Text));
    }
    m_editor->setMarginsFont(font);
    m_editor->setMarginsBackgroundColor(pal.color(QPalette::Window));
    m_editor->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    m_editor->setMarginWidth(LineNumberMargin, QStringLiteral("000000"));
    m_editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    m_editor->setCaretForegroundColor(pal.color(QPalette::Text));
    m_editor->setCaretLineBackgroundColor(pal.color(QPalette::AlternateBase));
    m_editor->setMarkerBackgroundColor(evidenceBackground(pal), EvidenceLine);
    m_editor->setMarkerBackgroundColor(pal.color(QPalette::Highlight), EvidenceArrow);
    m_editor->setMarkerForegroundColor(pal.color(QPalette::Highlight), EvidenceArrow);
}

} // namespace tw::ui
