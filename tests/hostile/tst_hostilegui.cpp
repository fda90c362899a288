// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile project files opened by the real workbench (docs/security.md): markup, script and
// terminal escapes in every name must be shown as text wherever the window shows them — tables,
// tooltips, the Details panel, the graph, the audit trail, dialogs — and a file that is
// inconsistent or carries an attacker's schema is refused with a clear message and left byte for
// byte as it was. tests/hostile/tst_hostile does the same against the CLI.

#include "../common/hostileproject.h"
#include "../ui/support/windowdriver.h"
#include "details/detailspanel.h"
#include "graphview.h"
#include "audittablemodel.h"
#include "mainwindow.h"
#include "triage/threatspanel.h"
#include "triage/threattablemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

using namespace tw;
using tw::ui::MainWindow;
using namespace tw::test::hostile;

namespace {

/** A window that records what it would show in a message box instead of blocking on one. */
class RecordingWindow : public MainWindow
{
public:
    QStringList errors;

protected:
    void showError(const QString &title, const QString &message) override { errors.append(title + QStringLiteral(": ") + message); }
};

bool settled(const MainWindow &window)
{
    return tw::test::windowIdle(window) && !window.isImporting();
}

bool looksRendered(const QString &text)
{
    return Qt::mightBeRichText(text) && (text.contains(QString::fromLatin1(kImg)) || text.contains(QString::fromLatin1(kScript)));
}

/** Whether a rich-text document turned the markup into an image or swallowed the script tags. */
QString renderedInDocument(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name() == QLatin1String("x"))
                return QStringLiteral("an <img src=x> became an image");
        }
    }
    const QString plain = document->toPlainText();
    if (plain.contains(QLatin1String("alert(1)")) && !plain.contains(QString::fromLatin1(kScript)))
        return QStringLiteral("the <script> tags were taken as markup");
    return {};
}

/**
 * Every place in @p root where the hostile text would be rendered as markup: labels, text
 * documents, tooltips of widgets, of model items and of graph items. Also counts where the text
 * is shown literally, so a window that shows nothing cannot pass.
 */
QStringList markupFindings(QWidget *root, int *literal)
{
    QStringList findings;
    const QString script = QString::fromLatin1(kScript);
    auto where = [](const QObject *o) { return QString::fromLatin1(o->metaObject()->className()) + QLatin1Char(' ') + o->objectName(); };
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (looksRendered(widget->toolTip()))
            findings.append(where(widget) + QStringLiteral(": tooltip"));
        if (widget->windowTitle().contains(QChar(0x1b)))
            findings.append(where(widget) + QStringLiteral(": a terminal escape in the title"));
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const bool rich = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            if (rich && looksRendered(label->text()))
                findings.append(where(label) + QStringLiteral(": ") + label->text().left(120));
            if (label->textFormat() == Qt::PlainText && label->text().contains(script))
                ++*literal;
        }
        if (auto *edit = qobject_cast<QTextEdit *>(widget)) {
            const QString problem = renderedInDocument(edit->document());
            if (!problem.isEmpty())
                findings.append(where(edit) + QStringLiteral(": ") + problem);
            if (edit->document()->toPlainText().contains(script))
                ++*literal;
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < std::min(model->rowCount(), 400); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    if (looksRendered(index.data(Qt::ToolTipRole).toString()))
                        findings.append(where(view) + QStringLiteral(": tooltip of row %1 column %2").arg(row).arg(column));
                    if (index.data(Qt::DisplayRole).toString().contains(script))
                        ++*literal;
                }
            }
        }
        if (auto *graphics = qobject_cast<QGraphicsView *>(widget); graphics && graphics->scene()) {
            const QList<QGraphicsItem *> items = graphics->scene()->items();
            for (const QGraphicsItem *item : items) {
                if (looksRendered(item->toolTip()))
                    findings.append(where(graphics) + QStringLiteral(": tooltip of a graph item"));
                if (auto *text = dynamic_cast<const QGraphicsTextItem *>(item)) {
                    const QString problem = renderedInDocument(text->document());
                    if (!problem.isEmpty())
                        findings.append(where(graphics) + QStringLiteral(": graph text: ") + problem);
                }
            }
        }
    }
    findings.removeDuplicates();
    return findings;
}

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    QString m_base;
    QString m_artifacts;
    int m_copies = 0;

    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui-%1.twdb").arg(++m_copies));
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            qFatal("cannot copy the base project");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_settings.isValid());
        tw::test::isolateSettings(m_settings.path(), QStringLiteral("tst_hostilegui"));
        m_artifacts = m_dir.filePath(QStringLiteral("artifacts"));
        m_base = m_dir.filePath(QStringLiteral("base.twdb"));
        const QString failed = makeHostileProject(m_base, m_artifacts);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // Every threat and every element of a project full of markup, selected in turn: the text is
    // shown, never rendered, in every panel.
    void textIsTextInEveryPanel()
    {
        const QString path = copy();
        QCOMPARE(tamper(path, kTextEverywhereSql, {{1, kMarkup.toUtf8()}}), QString());
        RecordingWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(QTest::qWaitFor([&] { return settled(window) && window.threatModel()->rowCount() > 0; }, 60000));
        QVERIFY2(window.errors.isEmpty(), qPrintable(window.errors.join(QLatin1Char('\n'))));

        QStringList findings;
        int literal = 0;
        QAbstractItemView *threats = window.threatsPanel()->findChild<QAbstractItemView *>();
        QVERIFY(threats);
        const int rows = threats->model()->rowCount();
        QVERIFY(rows > 0);
        for (int row = 0; row < rows; ++row) {
            threats->setCurrentIndex(threats->model()->index(row, 0));
            QCoreApplication::processEvents();
            findings += markupFindings(&window, &literal);
        }
        const auto components = window.shownModel().components;
        QVERIFY(!components.isEmpty());
        for (const auto &component : components) {
            window.selectElement(component.id);
            QCoreApplication::processEvents();
            findings += markupFindings(&window, &literal);
        }
        QVERIFY(QTest::qWaitFor([&] { return settled(window); }, 60000));
        findings += markupFindings(&window, &literal);
        findings.removeDuplicates();
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
        QVERIFY2(literal > 0, "the hostile text is shown nowhere: the test would prove nothing");
        QVERIFY(!window.windowTitle().contains(QChar(0x1b)));
        window.grab().save(QStringLiteral("hostile-text.png"));
    }

    // A file the store refuses: the window says why and changes nothing; one whose audit chain was
    // forged opens and names the bad entry.
    void refusedWithAClearMessage_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("attacker's trigger")
            << QStringLiteral("CREATE TABLE pwned(x); CREATE TRIGGER \"evil<img src=x onerror=alert(2)>\" AFTER INSERT ON audit "
                              "BEGIN INSERT INTO pwned VALUES (new.actor); END;")
            << QStringLiteral("is not one Threatwright creates");
        QTest::newRow("view") << QStringLiteral("CREATE VIEW v AS SELECT * FROM audit;") << QStringLiteral("view \"v\"");
        QTest::newRow("column added") << QStringLiteral("ALTER TABLE decisions ADD COLUMN note TEXT DEFAULT 'x';")
                                      << QStringLiteral("definition of its table \"decisions\"");
    }

    void refusedWithAClearMessage()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const QString path = copy();
        QCOMPARE(rawSql(path, sql.toUtf8().constData()), QString());
        const QByteArray before = sha256(path);
        RecordingWindow window;
        window.show();
        QVERIFY(!window.openProject(path));
        QVERIFY(QTest::qWaitFor([&] { return settled(window); }, 60000));
        QCOMPARE(window.errors.size(), 1);
        QVERIFY2(window.errors.first().contains(message), qPrintable(window.errors.first()));
        QVERIFY(!window.errors.first().contains(QChar(0x1b)));
        QVERIFY(!window.project());
        QCOMPARE(scalar(path, "SELECT count(*) FROM pwned"), sql.contains(QLatin1String("pwned")) ? 0 : -1);
        QCOMPARE(sha256(path), before);
    }

    // Rows the store refuses once the file is open (a payload that is not JSON, a severity that is
    // text): where the graph would be, the window says the version could not be read because the
    // file is damaged; nothing is written.
    void damagedRowsAreReported_data()
    {
        QTest::addColumn<QString>("sql");
        const QString oneThreat = QStringLiteral(" WHERE fingerprint = (SELECT min(fingerprint) FROM threats)");
        QTest::newRow("threat payload not JSON") << QStringLiteral("UPDATE threats SET payload = '{not json'") + oneThreat;
        QTest::newRow("severity as text") << QStringLiteral("UPDATE threats SET severity = 'high'") + oneThreat;
        QTest::newRow("status unknown") << QStringLiteral("UPDATE decisions SET status = 'pwned'");
        QTest::newRow("element payload an array")
            << QStringLiteral("UPDATE elements SET payload = '[]' WHERE rowid = (SELECT min(rowid) FROM elements "
                              "WHERE version_id = (SELECT max(id) FROM versions))");
    }

    void damagedRowsAreReported()
    {
        QFETCH(QString, sql);
        const QString path = copy();
        QCOMPARE(tamper(path, sql), QString());
        const QByteArray before = sha256(path);
        RecordingWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(QTest::qWaitFor([&] { return settled(window); }, 60000));
        QStringList shown = window.errors;
        const QList<QLabel *> labels = window.graphView()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisible())
                shown.append(label->text());
        }
        const QString said = shown.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QLatin1String("could not be read"))
                     && (said.contains(QLatin1String("damaged")) || said.contains(QLatin1String("unknown status"))),
                 qPrintable(said));
        QCOMPARE(window.threatModel()->rowCount(), 0); // nothing half-read is shown as if it were all
        window.closeProject();
        QCOMPARE(sha256(path), before);
    }

    void forgedAuditChainIsNamed()
    {
        const QString path = copy();
        QCOMPARE(tamper(path, QStringLiteral("UPDATE audit SET reason = 'routine' WHERE seq = 3")), QString());
        RecordingWindow window;
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(QTest::qWaitFor([&] { return settled(window); }, 60000));
        QCOMPARE(window.auditModel()->firstBadSeq(), 3);
    }

    // Three 50 MB values: the window opens, lists and shows them in bounded time.
    void enormousValues()
    {
        const QString path = copy();
        QCOMPARE(tamper(path, QStringLiteral("UPDATE threats SET title = hex(zeroblob(25000000)) "
                                             "WHERE fingerprint = (SELECT min(fingerprint) FROM threats);"
                                             "UPDATE elements SET payload = json_set(payload, '$.name', hex(zeroblob(25000000))) "
                                             "WHERE rowid = (SELECT min(rowid) FROM elements WHERE kind = 'component' "
                                             "AND version_id = (SELECT max(id) FROM versions));")),
                 QString());
        QElapsedTimer timer;
        timer.start();
        RecordingWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openProject(path));
        QVERIFY(QTest::qWaitFor([&] { return settled(window) && window.threatModel()->rowCount() > 0; }, 120000));
        QAbstractItemView *threats = window.threatsPanel()->findChild<QAbstractItemView *>();
        QVERIFY(threats);
        for (int row = 0; row < std::min(threats->model()->rowCount(), 40); ++row) {
            threats->setCurrentIndex(threats->model()->index(row, 0));
            QCoreApplication::processEvents();
        }
        for (const auto &component : window.shownModel().components)
            window.selectElement(component.id);
        QVERIFY(QTest::qWaitFor([&] { return settled(window); }, 120000));
        // No widget grows to the text's size (a label sized to a 50 MB name cannot even be painted).
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (const QWidget *widget : widgets) {
            const QSize size = widget->size().expandedTo(widget->minimumSizeHint());
            QVERIFY2(size.width() <= 4 * window.width() && size.height() <= 4 * window.height(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') + widget->objectName()
                                + QStringLiteral(" is %1×%2 px").arg(size.width()).arg(size.height())));
        }
        QVERIFY(!window.grab().isNull());
        qInfo("opened, listed and showed a project with two 50 MB values in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 120000);
    }
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
