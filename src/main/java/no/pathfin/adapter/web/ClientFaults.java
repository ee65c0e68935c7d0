package no.pathfin.adapter.web;

/** Errors that are a client's doing (it closed the connection, or sent its body too slowly), not the server's. */
final class ClientFaults {

    private ClientFaults() {
    }

    static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.eclipse.jetty.http.BadMessageException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** The simple name of the innermost cause, for one line of log. */
    static String name(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }
}
