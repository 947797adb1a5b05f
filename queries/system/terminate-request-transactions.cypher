// Ends the transactions that one GraphQL request is running, found by the request's id in their metadata:
// its client has gone.
SHOW TRANSACTIONS YIELD transactionId AS id, metaData
WHERE metaData.tongxinRequest = $request
TERMINATE TRANSACTIONS id
YIELD message
RETURN id, message
