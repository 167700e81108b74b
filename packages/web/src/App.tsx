import { Navigate, Route, Routes } from 'react-router-dom';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignInPage } from './auth/SignInPage';
import { HomeRedirect, RequireClient, RequireSignedIn, RequireStaff } from './auth/guards';
import { NotFoundPage } from './components/NotFoundPage';
import { PortalHomePage } from './portal/PortalHomePage';
import { PortalIntakePage } from './portal/PortalIntakePage';
import { PortalConsentPage } from './portal/consents/PortalConsentPage';
import { PortalConsentsPage } from './portal/consents/PortalConsentsPage';
import { PortalShell } from './portal/PortalShell';
import { PortalReleasePage } from './portal/releases/PortalReleasePage';
import { PortalReleasesPage } from './portal/releases/PortalReleasesPage';
import { PortalMeasurePage } from './portal/measures/PortalMeasurePage';
import { PortalMeasuresPage } from './portal/measures/PortalMeasuresPage';
import { AddClientPage } from './staff/AddClientPage';
import { ClientsPage } from './staff/ClientsPage';
import { CalendarPage } from './staff/calendar/CalendarPage';
import { NewAppointmentPage } from './staff/calendar/NewAppointmentPage';
import { MeasureResponsePage } from './staff/measures/MeasureResponsePage';
import { StaffShell } from './staff/StaffShell';
import { ClientDetailPage } from './staff/client/ClientDetailPage';
import { ClientEditPage } from './staff/client/ClientEditPage';
import { ClientIntakePage } from './staff/client/ClientIntakePage';
import { NewDiagnosisPage } from './staff/diagnoses/NewDiagnosisPage';
import { NewReferralPage } from './staff/referrals/NewReferralPage';
import { ReferralPage } from './staff/referrals/ReferralPage';
import { NewRelationshipPage } from './staff/relationships/NewRelationshipPage';
import { RelationshipPage } from './staff/relationships/RelationshipPage';
import { RelationshipsPage } from './staff/relationships/RelationshipsPage';
import { NewReleasePage } from './staff/releases/NewReleasePage';
import { TodayPage } from './staff/TodayPage';
import { ConsentDocumentPage } from './staff/settings/ConsentDocumentPage';
import { ConsentDocumentsPage } from './staff/settings/ConsentDocumentsPage';
import { InstrumentsPage } from './staff/settings/InstrumentsPage';
import { OutboxPage } from './staff/settings/OutboxPage';
import { PracticeSettingsPage } from './staff/settings/PracticeSettingsPage';
import { RequireOwner } from './staff/settings/RequireOwner';
import { SecuritySettingsPage } from './staff/settings/SecuritySettingsPage';

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
            <Route path="/clients/:id" element={<ClientDetailPage />} />
            <Route path="/clients/:id/edit" element={<ClientEditPage />} />
            <Route path="/clients/:id/intake" element={<ClientIntakePage />} />
            <Route path="/clients/:id/referrals/new" element={<NewReferralPage />} />
            <Route path="/clients/:id/releases/new" element={<NewReleasePage />} />
            <Route path="/clients/:id/diagnoses/new" element={<NewDiagnosisPage />} />
            <Route path="/clients/:id/measures/:responseId" element={<MeasureResponsePage />} />
            <Route path="/referrals/:id" element={<ReferralPage />} />
            <Route path="/relationships" element={<RelationshipsPage />} />
            <Route path="/relationships/new" element={<NewRelationshipPage />} />
            <Route path="/relationships/:id" element={<RelationshipPage />} />
            <Route path="/calendar" element={<CalendarPage />} />
            <Route path="/calendar/new" element={<NewAppointmentPage />} />
            <Route path="/settings" element={<Navigate to="/settings/security" replace />} />
            <Route path="/settings/security" element={<SecuritySettingsPage />} />
            <Route path="/settings/consents" element={<ConsentDocumentsPage />} />
            <Route path="/settings/consents/:id" element={<ConsentDocumentPage />} />
            <Route path="/settings/instruments" element={<InstrumentsPage />} />
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
          </Route>
        </Route>

        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
