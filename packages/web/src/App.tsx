import { Navigate, Route, Routes } from 'react-router-dom';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { SignInPage } from './auth/SignInPage';
import { HomeRedirect, RequireClient, RequireSignedIn, RequireStaff } from './auth/guards';
import { NotFoundPage } from './components/NotFoundPage';
import { PortalHomePage } from './portal/PortalHomePage';
import { PortalShell } from './portal/PortalShell';
import { AddClientPage } from './staff/AddClientPage';
import { CalendarPage } from './staff/CalendarPage';
import { ClientDetailPage } from './staff/ClientDetailPage';
import { ClientsPage } from './staff/ClientsPage';
import { StaffShell } from './staff/StaffShell';
import { TodayPage } from './staff/TodayPage';
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
            <Route path="/calendar" element={<CalendarPage />} />
            <Route path="/settings" element={<Navigate to="/settings/security" replace />} />
            <Route path="/settings/security" element={<SecuritySettingsPage />} />
            <Route element={<RequireOwner />}>
              <Route path="/settings/practice" element={<PracticeSettingsPage />} />
              <Route path="/settings/outbox" element={<OutboxPage />} />
            </Route>
          </Route>
        </Route>

        <Route element={<RequireClient />}>
          <Route element={<PortalShell />}>
            <Route path="/portal" element={<PortalHomePage />} />
          </Route>
        </Route>

        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
