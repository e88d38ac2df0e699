/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Substrate Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The substrate pool: mainly in memory on a pool server, resizable at run time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.SubstratePool#getServer <em>Server</em>}</li>
 *   <li>{@link org.orrery.model.SubstratePool#getCapacityMB <em>Capacity MB</em>}</li>
 *   <li>{@link org.orrery.model.SubstratePool#getMulticastMBps <em>Multicast MBps</em>}</li>
 *   <li>{@link org.orrery.model.SubstratePool#getDecompressMBps <em>Decompress MBps</em>}</li>
 *   <li>{@link org.orrery.model.SubstratePool#getDockingMarginMB <em>Docking Margin MB</em>}</li>
 *   <li>{@link org.orrery.model.SubstratePool#getSubstrates <em>Substrates</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getSubstratePool()
 * @model
 * @generated
 */
public interface SubstratePool extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Server</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pool server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Server</em>' reference.
	 * @see #setServer(Host)
	 * @see org.orrery.model.OrreryPackage#getSubstratePool_Server()
	 * @model
	 * @generated
	 */
	Host getServer();

	/**
	 * Sets the value of the '{@link org.orrery.model.SubstratePool#getServer <em>Server</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Server</em>' reference.
	 * @see #getServer()
	 * @generated
	 */
	void setServer(Host value);

	/**
	 * Returns the value of the '<em><b>Capacity MB</b></em>' attribute.
	 * The default value is <code>"8192.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pool memory in MiB. Default 8192 (an 8 GB pool server holds about 230 substrates).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity MB</em>' attribute.
	 * @see #setCapacityMB(double)
	 * @see org.orrery.model.OrreryPackage#getSubstratePool_CapacityMB()
	 * @model default="8192.0"
	 * @generated
	 */
	double getCapacityMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.SubstratePool#getCapacityMB <em>Capacity MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity MB</em>' attribute.
	 * @see #getCapacityMB()
	 * @generated
	 */
	void setCapacityMB(double value);

	/**
	 * Returns the value of the '<em><b>Multicast MBps</b></em>' attribute.
	 * The default value is <code>"34.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multicast throughput to target hosts in MB/s. Default 34 (measured).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multicast MBps</em>' attribute.
	 * @see #setMulticastMBps(double)
	 * @see org.orrery.model.OrreryPackage#getSubstratePool_MulticastMBps()
	 * @model default="34.0"
	 * @generated
	 */
	double getMulticastMBps();

	/**
	 * Sets the value of the '{@link org.orrery.model.SubstratePool#getMulticastMBps <em>Multicast MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multicast MBps</em>' attribute.
	 * @see #getMulticastMBps()
	 * @generated
	 */
	void setMulticastMBps(double value);

	/**
	 * Returns the value of the '<em><b>Decompress MBps</b></em>' attribute.
	 * The default value is <code>"256.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decompression speed on a target host in MB/s. Default 256 (measured).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decompress MBps</em>' attribute.
	 * @see #setDecompressMBps(double)
	 * @see org.orrery.model.OrreryPackage#getSubstratePool_DecompressMBps()
	 * @model default="256.0"
	 * @generated
	 */
	double getDecompressMBps();

	/**
	 * Sets the value of the '{@link org.orrery.model.SubstratePool#getDecompressMBps <em>Decompress MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decompress MBps</em>' attribute.
	 * @see #getDecompressMBps()
	 * @generated
	 */
	void setDecompressMBps(double value);

	/**
	 * Returns the value of the '<em><b>Docking Margin MB</b></em>' attribute.
	 * The default value is <code>"16.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Safe margin above used memory kept when miniaturizing a VM, in MiB. Default 16 (assumption: the source gives none).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Docking Margin MB</em>' attribute.
	 * @see #setDockingMarginMB(double)
	 * @see org.orrery.model.OrreryPackage#getSubstratePool_DockingMarginMB()
	 * @model default="16.0"
	 * @generated
	 */
	double getDockingMarginMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.SubstratePool#getDockingMarginMB <em>Docking Margin MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Docking Margin MB</em>' attribute.
	 * @see #getDockingMarginMB()
	 * @generated
	 */
	void setDockingMarginMB(double value);

	/**
	 * Returns the value of the '<em><b>Substrates</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Substrate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substrates held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Substrates</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getSubstratePool_Substrates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Substrate> getSubstrates();

} // SubstratePool
