#include "NetworkSession.h"

namespace Rapport {

NetworkSession::~NetworkSession()
{
    m_undoStack.clear(); // commands point into the store
}

std::unique_ptr<NetworkSession> NetworkSession::open(const QString& path, QString* error)
{
    std::unique_ptr<NetworkSession> session(new NetworkSession);
    if (!session->m_database.open(path)) {
        *error = session->m_database.errorString();
        return nullptr;
    }
    session->m_store = std::make_unique<ContactStore>(session->m_database);
    session->m_links = std::make_unique<ReferralStore>(session->m_database);
    session->m_listModel = std::make_unique<ContactListModel>(session->m_store.get());
    session->m_filterModel = std::make_unique<ContactFilterModel>(session->m_store.get());
    session->m_filterModel->setSourceModel(session->m_listModel.get());
    return session;
}

} // namespace Rapport
