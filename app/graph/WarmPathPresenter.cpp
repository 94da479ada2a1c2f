// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WarmPathPresenter.h"

#include "GraphPathBar.h"
#include "GraphScene.h"
#include "MessageBoxes.h"
#include "PathDialog.h"
#include "ReferralGraph.h"

#include <algorithm>

namespace Rapport {

WarmPathPresenter::WarmPathPresenter(GraphPathBar* bar, QObject* parent)
    : QObject(parent)
    , m_bar(bar)
{ }

bool WarmPathPresenter::showTo(const ReferralGraph& graph, GraphScene& scene, qint64 contactId)
{
    m_contact = contactId;
    m_organization.clear();
    const WarmPath path = GraphPaths::to(graph, contactId);
    show(graph, scene, path, graph.nameOf(contactId));
    return !path.isEmpty();
}

bool WarmPathPresenter::showToOrganization(const ReferralGraph& graph, GraphScene& scene, const QString& organization)
{
    m_contact = 0;
    m_organization = organization;
    const WarmPath path = GraphPaths::toOrganization(graph, organization);
    show(graph, scene, path, organization);
    return !path.isEmpty();
}

void WarmPathPresenter::refresh(const ReferralGraph& graph, GraphScene& scene)
{
    if (m_contact)
        showTo(graph, scene, m_contact);
    else if (!m_organization.isEmpty())
        showToOrganization(graph, scene, m_organization);
}

void WarmPathPresenter::clear(GraphScene& scene)
{
    m_contact = 0;
    m_organization.clear();
    m_path = {};
    m_bar->hidePath();
    scene.clearHighlight();
}

WarmPathPresenter::Choice WarmPathPresenter::choose(const ReferralGraph& graph, GraphScene& scene, QWidget* parent)
{
    PathDialog dialog(graph, scene.selectedContact(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (dialog.toOrganization()) {
        const QStringList organizations = GraphPaths::organizationsNamed(graph, dialog.typedText());
        if (organizations.size() == 1)
            return {0, showToOrganization(graph, scene, organizations.first())};
        if (!dialog.typedText().isEmpty()) {
            MessageBoxes::information(parent, tr("Path To"),
                organizations.isEmpty()
                    ? tr("Nobody in the network works at \"%1\".").arg(dialog.typedText())
                    : tr("\"%1\" could be any of these organisations:\n%2")
                          .arg(dialog.typedText(), organizations.mid(0, 12).join(QLatin1Char('\n'))));
        }
        return {};
    }
    if (const qint64 id = dialog.contactId())
        return {id, showTo(graph, scene, id)};
    const QStringList people = dialog.candidates();
    MessageBoxes::information(parent, tr("Path To"),
        people.isEmpty() ? tr("Nobody is called \"%1\".").arg(dialog.typedText())
                         : tr("\"%1\" could be any of these people; choose one from the list:\n%2")
                               .arg(dialog.typedText(), people.mid(0, 12).join(QLatin1Char('\n'))));
    return {};
}

void WarmPathPresenter::show(const ReferralGraph& graph, GraphScene& scene, const WarmPath& path, const QString& target)
{
    m_path = path;
    if (path.isEmpty()) {
        scene.clearHighlight();
        m_bar->showText(tr("No chain of introductions leads from you to %1 yet.").arg(target));
        return;
    }
    QStringList lines {GraphPaths::chainText(graph, path), QString()};
    if (!m_organization.isEmpty()) // the person best to ask there, as on the command line: say why them
        lines << GraphPaths::whyChosen(graph, path, target) << QString();
    for (const PathStep& step : path.steps)
        lines.append(QStringLiteral("• ") + GraphPaths::stepText(graph, step));
    // Someone on the chain may be hidden by the filters: say so rather than draw half of it.
    const QList<qint64> people = path.people();
    const bool allShown
        = std::all_of(people.cbegin(), people.cend(), [&scene](qint64 id) { return scene.nodeItem(id) != nullptr; });
    if (!allShown)
        lines.append(tr("Part of this chain is hidden by the filters."));
    m_bar->showText(lines.join(QLatin1Char('\n')));
    scene.highlightPath(path);
}

} // namespace Rapport
