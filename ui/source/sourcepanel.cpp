// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepanel.h"

#include "sourcelexers.h"
#include "statusbadge.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
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

} // namespace

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_locate(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_editor(new QsciScintilla(this))
{
    m_title->setObjectName(QStringLiteral("sourceTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
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

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_badge);
    top->addWidget(m_locate);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    applyPalette();
    clear();
}

void SourcePanel::setProject(const QString &projectPath, const QList<InputDigest> &inputs)
{
    const bool sameProject = QDir::cleanPath(QFileInfo(projectPath).absoluteFilePath()) == m_locator.projectPath();
    m_locator.setProject(projectPath, inputs);
    if (!sameProject || projectPath.isEmpty())
        clear();
}

void SourcePanel::clear(const QString &message)
{
    m_path.clear();
    m_source = SourceRef();
    m_changed = false;
    m_title->clear();
    m_badge->setStatus(StatusBadge::Tone::Neutral, QString());
    m_locate->setVisible(!m_locator.projectPath().isEmpty());
    m_editor->clear();
    m_message->setText(message.isEmpty() ? tr("Select a threat or an element, or click an evidence location, to see "
                                              "its source here.")
                                         : message);
    m_stack->setCurrentWidget(m_message);
}

bool SourcePanel::showSource(const SourceRef &source)
{
    m_pending = source;
    auto located = m_locator.locate(source);
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
        m_changed = !recorded.isEmpty()
            && recorded != QStringLiteral("sha256:")
                    + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QsciLexer *old = m_editor->lexer();
        m_editor->setLexer(createLexer(path, m_editor));
        delete old;
        applyPalette();
        m_editor->setText(QString::fromUtf8(bytes));
        m_path = path;
    }
    m_source = source;
    m_title->setText(source.line > 0 ? tr("%1, line %2").arg(QDir::toNativeSeparators(source.file)).arg(source.line)
                                     : QDir::toNativeSeparators(source.file));
    m_title->setToolTip(QDir::toNativeSeparators(path));
    if (m_changed) {
        m_badge->setStatus(StatusBadge::Tone::Caution, tr("Changed since import"));
        m_badge->setToolTip(tr("The file's content differs from the version's recorded digest; the line may have moved."));
    } else {
        m_badge->setStatus(StatusBadge::Tone::Neutral, tr("Read-only"));
        m_badge->setToolTip(QString());
    }
    m_locate->hide();
    m_stack->setCurrentWidget(m_editor);
    markLine(source.line, source.column);
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
    m_editor->setMarkerBackgroundColor(evidenceBackground(pal), EvidenceLine);
    m_editor->setMarkerBackgroundColor(pal.color(QPalette::Highlight), EvidenceArrow);
    m_editor->setMarkerForegroundColor(pal.color(QPalette::Highlight), EvidenceArrow);
}

} // namespace tw::ui
