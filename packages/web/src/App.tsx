import { Navigate, Route, Routes } from 'react-router-dom';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignInPage } from './auth/SignInPage';
import { HomeRedirect, RequireClient, RequireSignedIn, RequireStaff } from './auth/guards';
import { NotFoundPage } from './components/NotFoundPage';
import { PortalAccountPage } from './portal/PortalAccountPage';
import { PortalRecordPage } from './portal/PortalRecordPage';
import { PortalHomePage } from './portal/PortalHomePage';
import { PortalIntakePage } from './portal/PortalIntakePage';
import { PortalConsentPage } from './portal/consents/PortalConsentPage';
import { PortalConsentsPage } from './portal/consents/PortalConsentsPage';
import { PortalShell } from './portal/PortalShell';
import { PortalReleasePage } from './portal/releases/PortalReleasePage';
import { PortalReleasesPage } from './portal/releases/PortalReleasesPage';
import { PortalMeasurePage } from './portal/measures/PortalMeasurePage';
import { PortalMeasuresPage } from './portal/measures/PortalMeasuresPage';
import { PortalHomeworkPage } from './portal/homework/PortalHomeworkPage';
import { AddClientPage } from './staff/AddClientPage';
import { ImportPage } from './staff/imports/ImportPage';
import { RequireSiteAdmin } from './staff/admin/RequireSiteAdmin';
import { TrainingAdminPage } from './staff/admin/TrainingAdminPage';
import { BillingPage } from './staff/billing/BillingPage';
import { BillingSettingsPage } from './staff/billing/BillingSettingsPage';
import { ChargePage } from './staff/billing/ChargePage';
import { ClientAccountPage } from './staff/billing/ClientAccountPage';
import { RequireBilling } from './staff/billing/RequireBilling';
import { ClientsPage } from './staff/ClientsPage';
import { CalendarPage } from './staff/calendar/CalendarPage';
import { CertificationPage } from './staff/certification/CertificationPage';
import { CredentialsPage } from './staff/credentials/CredentialsPage';
import { ContactRequestsPage } from './staff/directory/ContactRequestsPage';
import { DirectoryProfilePage } from './staff/directory/DirectoryProfilePage';
import { NewAppointmentPage } from './staff/calendar/NewAppointmentPage';
import { MeasureResponsePage } from './staff/measures/MeasureResponsePage';
import { StaffShell } from './staff/StaffShell';
import { ClientDetailPage } from './staff/client/ClientDetailPage';
import { ClientEditPage } from './staff/client/ClientEditPage';
import { ClientIntakePage } from './staff/client/ClientIntakePage';
import { NewDiagnosisPage } from './staff/diagnoses/NewDiagnosisPage';
import { NewReferralPage } from './staff/referrals/NewReferralPage';
import { ReferralPage } from './staff/referrals/ReferralPage';
import { NotePage } from './staff/notes/NotePage';
import { SupervisionPage } from './staff/notes/SupervisionPage';
import { NewPlanPage, PlanVersionPage, ReviewPlanPage } from './staff/plans/PlanPages';
import { NewRelationshipPage } from './staff/relationships/NewRelationshipPage';
import { RelationshipPage } from './staff/relationships/RelationshipPage';
import { RelationshipsPage } from './staff/relationships/RelationshipsPage';
import { NewReleasePage } from './staff/releases/NewReleasePage';
import { TodayPage } from './staff/TodayPage';
import { ConsentDocumentPage } from './staff/settings/ConsentDocumentPage';
import { ConsentDocumentsPage } from './staff/settings/ConsentDocumentsPage';
import { InstrumentsPage } from './staff/settings/InstrumentsPage';
import { IntegrationsPage } from './staff/settings/IntegrationsPage';
import { InterventionsPage } from './staff/settings/InterventionsPage';
import { NoteTemplatesPage } from './staff/settings/NoteTemplatesPage';
import { OutboxPage } from './staff/settings/OutboxPage';
import { PracticeSettingsPage } from './staff/settings/PracticeSettingsPage';
import { RequireOwner } from './staff/settings/RequireOwner';
import { SecuritySettingsPage } from './staff/settings/SecuritySettingsPage';
import { WorkingHoursPage } from './staff/settings/WorkingHoursPage';

/** Every route of the app. The server answers unknown non-API paths with index.html. */
export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route path="/accept-invitation" element={<AcceptInvitationPage />} />

      <Route element={<RequireSignedIn />}>
        <Route index element={<HomeRedirect />} />

        <Route element={<RequireStaff />}>
          <Route element={<StaffShell />}>
            <Route path="/today" element={<TodayPage />} />
            <Route path="/clients" element={<ClientsPage />} />
            <Route path="/clients/new" element={<AddClientPage />} />
            <Route path="/clients/import" element={<ImportPage />} />
            <Route path="/clients/:id" element={<ClientDetailPage />} />
            <Route path="/clients/:id/edit" element={<ClientEditPage />} />
            <Route path="/clients/:id/intake" element={<ClientIntakePage />} />
            <Route path="/clients/:id/referrals/new" element={<NewReferralPage />} />
            <Route path="/clients/:id/releases/new" element={<NewReleasePage />} />
            <Route path="/clients/:id/diagnoses/new" element={<NewDiagnosisPage />} />
            <Route path="/clients/:id/measures/:responseId" element={<MeasureResponsePage />} />
            <Route path="/clients/:id/account" element={<ClientAccountPage />} />
            <Route path="/clients/:id/plan/new" element={<NewPlanPage kind="client" />} />
            <Route path="/referrals/:id" element={<ReferralPage />} />
            <Route path="/relationships" element={<RelationshipsPage />} />
            <Route path="/relationships/new" element={<NewRelationshipPage />} />
            <Route path="/relationships/:id" element={<RelationshipPage />} />
            <Route path="/relationships/:id/plan/new" element={<NewPlanPage kind="relationship" />} />
            <Route path="/plans/:id/review" element={<ReviewPlanPage />} />
            <Route path="/plans/:id/versions/:version" element={<PlanVersionPage />} />
            <Route path="/calendar" element={<CalendarPage />} />
            <Route path="/calendar/new" element={<NewAppointmentPage />} />
            <Route path="/notes/:id" element={<NotePage />} />
            <Route path="/supervision" element={<SupervisionPage />} />
            <Route path="/credentials" element={<CredentialsPage />} />
            <Route path="/certification" element={<CertificationPage />} />
            <Route path="/directory-profile" element={<DirectoryProfilePage />} />
            <Route path="/contact-requests" element={<ContactRequestsPage />} />
            <Route element={<RequireSiteAdmin />}>
              <Route path="/admin/training" element={<TrainingAdminPage />} />
            </Route>
            <Route path="/billing/appointments/:id" element={<ChargePage />} />
            <Route element={<RequireBilling />}>
              <Route path="/billing" element={<BillingPage />} />
              <Route path="/settings/billing" element={<BillingSettingsPage />} />
            </Route>
            <Route path="/settings" element={<Navigate to="/settings/security" replace />} />
            <Route path="/settings/security" element={<SecuritySettingsPage />} />
            <Route path="/settings/integrations" element={<IntegrationsPage />} />
            <Route path="/settings/consents" element={<ConsentDocumentsPage />} />
            <Route path="/settings/consents/:id" element={<ConsentDocumentPage />} />
            <Route path="/settings/instruments" element={<InstrumentsPage />} />
            <Route path="/settings/interventions" element={<InterventionsPage />} />
            <Route path="/settings/note-templates" element={<NoteTemplatesPage />} />
            <Route path="/settings/hours" element={<WorkingHoursPage />} />
            <Route element={<RequireOwner />}>
              <Route path="/settings/practice" element={<PracticeSettingsPage />} />
              <Route path="/settings/outbox" element={<OutboxPage />} />
            </Route>
          </Route>
        </Route>

        <Route element={<RequireClient />}>
          <Route element={<PortalShell />}>
            <Route path="/portal" element={<PortalHomePage />} />
            <Route path="/portal/consents" element={<PortalConsentsPage />} />
            <Route path="/portal/consents/:versionId" element={<PortalConsentPage />} />
            <Route path="/portal/intake" element={<PortalIntakePage />} />
            <Route path="/portal/releases" element={<PortalReleasesPage />} />
            <Route path="/portal/releases/:id" element={<PortalReleasePage />} />
            <Route path="/portal/measures" element={<PortalMeasuresPage />} />
            <Route path="/portal/measures/:requestId" element={<PortalMeasurePage />} />
            <Route path="/portal/homework" element={<PortalHomeworkPage />} />
            <Route path="/portal/account" element={<PortalAccountPage />} />
            <Route path="/portal/record" element={<PortalRecordPage />} />
          </Route>
        </Route>

        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
