// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "views/welcomepage.h"

#include "views/icons.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Views {

WelcomePage::WelcomePage(const QString &storeDirectory, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(64, 64));

    auto *title = new QLabel(tr("Welcome to Flowdesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(
        tr("This store has no runs yet. Point MLflow's Python client at Flowdesk, or start "
           "with one of these:"),
        this);
    intro->setWordWrap(true);

    m_demo = new QCommandLinkButton(tr("Create demo data"),
                                    tr("Sample experiments, runs, metric curves and models to "
                                       "explore."),
                                    this);
    m_demo->setObjectName(u"createDemoButton"_s);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::createDemoDataRequested);

    m_import = new QCommandLinkButton(tr("Import an mlruns folder…"),
                                      tr("Bring in the runs of an MLflow file store or database."),
                                      this);
    m_import->setObjectName(u"importButton"_s);
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);

    // Built by a feature in progress; the tooltip says which one brings it.

    m_remote = new QCommandLinkButton(
        tr("Add a remote server…"), tr("Pull runs and models from a team MLflow server."), this);
    m_remote->setObjectName(u"remoteButton"_s);
    m_remote->setEnabled(false);
    m_remote->setToolTip(tr("Coming with the remote sync feature."));

    m_server =
        new QCommandLinkButton(tr("Start the local tracking server"),
                               tr("Let unmodified MLflow code log to this store on 127.0.0.1."),
                               this);
    m_server->setObjectName(u"serverButton"_s);
    connect(m_server, &QCommandLinkButton::clicked, this, &WelcomePage::startServerRequested);

    //: %1 is the store's directory
    auto *location =
        new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(storeDirectory)), this);
    location->setForegroundRole(QPalette::PlaceholderText);
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);

    auto *column = new QWidget(this);
    column->setMinimumWidth(qMin(560, fontMetrics().averageCharWidth() * 80));
    column->setMaximumWidth(600);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(8);
    columnLayout->addWidget(logo);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_demo);
    columnLayout->addWidget(m_import);
    columnLayout->addWidget(m_remote);
    columnLayout->addWidget(m_server);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(location);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void WelcomePage::setServerUrl(const QString &url)
{
    m_server->setEnabled(url.isEmpty());
    m_server->setDescription(
        url.isEmpty() ? tr("Let unmodified MLflow code log to this store on 127.0.0.1.")
                      //: %1 is the server's URL
                      : tr("Running at %1. Set MLFLOW_TRACKING_URI=%1 and log runs.").arg(url));
}

} // namespace Flowdesk::Views
