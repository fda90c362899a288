// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QTextBrowser;
class QUrl;

namespace tw {
class Project;
}

namespace tw::ui {

/**
 * The inspector: what the shared selection is, in full.
 *
 * For a threat: title, rule, STRIDE, severity, score and every risk factor behind it, the
 * rationale and mitigation, references as links to their public pages, the evidence locations
 * (a click opens the file in the Source panel), the attack path hop by hop, the current decision
 * and this threat's decision history from the audit trail. For an element: its kind,
 * attributes, evidence and how many threats concern it.
 *
 * Everything shown comes from inputs or people and is escaped: the panel renders data, never
 * markup. Links of its own use the tw-source: and tw-element: schemes; web links open in the
 * system browser, other schemes are refused.
 */
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    /** The version the ids refer to (names, kinds, flows of attack paths). */
    void setModel(const SystemModel &model);
    /**
     * The version's threats with their current decisions (after a triage action). With
     * `changed` (the fingerprints decided), a shown threat that is not among them is not drawn
     * again.
     */
    void setThreats(const QList<Threat> &threats, const QStringList &changed = {});
    /** Where the decision history is read from; nullptr hides it. */
    void setProject(const Project *project);

    void showThreat(const Threat &threat);
    void showElement(const QString &id);
    void clear();

    /** The fingerprint shown; empty when an element (or nothing) is shown. */
    QString shownThreat() const { return m_threat.fingerprint; }
    /** The element shown; empty when a threat (or nothing) is shown. */
    QString shownElement() const { return m_element; }
    QTextBrowser *browser() const { return m_browser; }
    /** The evidence locations linked on the page, in order. */
    const QList<SourceRef> &sourceLinks() const { return m_sources; }

    /** Follows a link as a click would (tw-source:, tw-element:, http(s)). */
    void openLink(const QUrl &url);

Q_SIGNALS:
    /** The user asked to see an evidence location. */
    void sourceRequested(const SourceRef &source);
    /** The user followed a link to an element. */
    void elementRequested(const QString &id);
    /** A web link was followed (after it was handed to the system browser). */
    void externalLinkOpened(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString threatHtml() const;
    QString elementHtml() const;
    QString elementLink(const QString &id) const;
    QString sourceLink(const SourceRef &source) const;
    QString sourcesHtml(const QList<SourceRef> &sources) const;
    QString nameOf(const QString &id) const;
    QString kindOf(const QString &id) const;

    QTextBrowser *m_browser;
    SystemModel m_model;
    const Project *m_project = nullptr;
    QHash<QString, const Component *> m_components;
    QHash<QString, const TrustBoundary *> m_boundaries;
    QHash<QString, const EntryPoint *> m_entryPoints;
    QHash<QString, const DataFlow *> m_flows;
    QHash<QString, const DataAsset *> m_assets;
    Threat m_threat;
    QString m_element;
    QString m_renderedKey;
    mutable QList<SourceRef> m_sources;
    mutable QStringList m_elementLinks;
};

} // namespace tw::ui
