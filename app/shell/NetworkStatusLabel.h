// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

namespace Rapport {

class NetworkSession;

// The status bar's lasting line: how many contacts there are (and how many the filters show), or
// why they could not be read, and where the network is kept.
class NetworkStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit NetworkStatusLabel(QWidget* parent = nullptr);

    // session nullptr: no network open, nothing to say. demo: the network is a temporary copy.
    void showSession(NetworkSession* session, bool demo);
};

} // namespace Rapport
