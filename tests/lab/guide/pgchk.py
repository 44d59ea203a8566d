#!/usr/bin/env python3
import subprocess
from http.server import BaseHTTPRequestHandler, HTTPServer
import argparse

DEFAULT_PORT = 8008
PG_USER = "postgres"
PG_DB = "postgres"
PG_PORT = "5432"


class PostgresHealthCheckHandler(BaseHTTPRequestHandler):
    def safe_write(self, data):
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def check_postgres_status(self):
        try:
            cmd = ["psql", "-U", PG_USER, "-d", PG_DB, "-p", PG_PORT,
                   "-t", "-c", "SELECT pg_is_in_recovery();"]
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=5)
            if result.returncode != 0:
                return None
            output = result.stdout.strip()
            if output == 't':
                return True  # Standby
            elif output == 'f':
                return False  # Primary
            return None
        except Exception:
            return None

    def do_GET(self):
        status = self.check_postgres_status()
        if status is None:
            self.send_response(503)
            self.end_headers()
            self.safe_write(b"PostgreSQL Unreachable\n")
            return
        if self.path in ('/', '/master'):
            if not status:
                self.send_response(200); self.end_headers()
                self.safe_write(b"OK - Primary\n")
            else:
                self.send_response(503); self.end_headers()
                self.safe_write(b"Service Unavailable - Not Primary\n")
        elif self.path == '/replica':
            if status:
                self.send_response(200); self.end_headers()
                self.safe_write(b"OK - Replica\n")
            else:
                self.send_response(503); self.end_headers()
                self.safe_write(b"Service Unavailable - Not Replica\n")
        else:
            self.send_response(404); self.end_headers()
            self.safe_write(b"Not Found\n")

    def log_message(self, format, *args):
        pass


def run(port=DEFAULT_PORT):
    httpd = HTTPServer(('', port), PostgresHealthCheckHandler)
    print(f"Starting PostgreSQL Health Check on port {port}...")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    httpd.server_close()


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description='PostgreSQL Health Check for HAProxy')
    parser.add_argument('--port', type=int, default=DEFAULT_PORT)
    args = parser.parse_args()
    run(port=args.port)
