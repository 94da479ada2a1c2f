// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DatabaseError.h"

namespace Rapport {

// Runs one of a store's reads. When it throws DatabaseError, failed(message) is called and an
// empty result comes back (no rows, no contact). The stores' failed() emits readFailed, which the
// window and the command line report: an empty result alone would pass for "nothing there".
template <typename Body, typename Failed>
auto readOrReport(Body&& body, Failed&& failed) -> decltype(body())
{
    try {
        return body();
    } catch (const DatabaseError& e) {
        failed(e.message());
        return {};
    }
}

} // namespace Rapport
